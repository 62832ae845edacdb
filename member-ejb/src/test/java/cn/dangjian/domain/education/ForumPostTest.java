package cn.dangjian.domain.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForumPostTest {
  private static final Instant T0 = Instant.parse("2026-06-30T02:00:00Z");
  private final Organization branch =
      new Organization("B1", "Branch", OrgKind.BRANCH, null, LocalDate.of(2000, 1, 1));

  {
    branch.placeUnder(null);
  }

  @Test
  void aHiddenPostShowsOnlyToItsAuthorAndTheModeratorsWithItsReason() {
    ForumThread t = new ForumThread(branch, BoardKind.MEMBERS, " 标题 ", 1L, T0);
    ForumPost p = new ForumPost(t, 1L, " 内容 ", T0.plusSeconds(60));
    assertEquals("内容", p.getText());
    assertEquals(T0.plusSeconds(60), t.getLastPostAt(), "a post lifts its thread");
    assertTrue(p.visibleTo(2L, false));
    assertThrows(ValidationException.class, () -> p.hide(" ", "shuji1"));
    assertFalse(p.isHidden(), "a refused hide changes nothing");
    p.hide("涉及隐私", "shuji1");
    assertTrue(p.visibleTo(1L, false), "its author");
    assertTrue(p.visibleTo(3L, true), "a moderator");
    assertFalse(p.visibleTo(2L, false), "anyone else");
    assertEquals("涉及隐私", p.getHiddenReason());
    p.show();
    assertTrue(p.visibleTo(2L, false));
  }

  @Test
  void aBoardBelongsToItsKindOfOrganizationAndAPostHasText() {
    assertThrows(
        DomainException.class, () -> new ForumThread(branch, BoardKind.SECRETARIES, "x", 1L, T0));
    ForumThread t = new ForumThread(branch, BoardKind.MEMBERS, "x", 1L, T0);
    assertThrows(ValidationException.class, () -> new ForumPost(t, 1L, "  ", T0));
    assertThrows(ValidationException.class, () -> new ForumPost(t, 1L, "长".repeat(4001), T0));
  }
}
