package cn.dangjian.domain.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyTest {
  private static final Instant AT = Instant.parse("2026-06-30T02:00:00Z");

  @Test
  void aPostIsItsKindWithARoleOnlyForAPartyPostAndANameOnlyForWork() {
    assertTrue(Post.valid(PostKind.MEMBER, null, null));
    assertTrue(Post.valid(PostKind.PARTY_POST, PositionRole.SECRETARY, null));
    assertTrue(Post.valid(PostKind.WORK_POST, null, " 采煤工 "));
    assertFalse(Post.valid(PostKind.PARTY_POST, null, null));
    assertFalse(Post.valid(PostKind.MEMBER, PositionRole.SECRETARY, null));
    assertFalse(Post.valid(PostKind.WORK_POST, null, " "));
    assertFalse(Post.valid(PostKind.WORK_POST, null, "岗".repeat(Post.MAX_WORK_POST + 1)));
    assertFalse(Post.valid(null, null, null));
    assertEquals(Post.work("采煤工"), Post.work(" 采煤工 "), "matched as written, spaces aside");
    assertEquals("WORK_POST:采煤工", Post.work(" 采煤工").key());
    assertEquals("PARTY_POST:SECRETARY", Post.party(PositionRole.SECRETARY).key());
    assertThrows(IllegalArgumentException.class, () -> new Post(PostKind.PARTY_POST, null, null));
  }

  @Test
  void dutiesAreRequiredAndBothTextsHaveTheirLength() {
    ValidationException blank =
        assertThrows(ValidationException.class, () -> new DutyText(" ", null));
    assertEquals("duties", blank.violations().get(0).field());
    String longest = "职".repeat(DutyText.MAX_LENGTH);
    assertEquals(longest, new DutyText(longest, longest).duties());
    ValidationException tooLong =
        assertThrows(ValidationException.class, () -> new DutyText(longest + "职", longest + "权"));
    assertEquals(
        List.of("duties", "rights"), tooLong.violations().stream().map(v -> v.field()).toList());
    assertNull(new DutyText("带头执行安全规程", " ").rights(), "no rights written: none");
  }

  @Test
  void thePostCarriesTheTemplateWrittenNearestUpTheTree() {
    Samples.Tree tree = Samples.tree(new Ids(1));
    DutyText committees = new DutyText("公司党委的", null);
    DutyText branchs = new DutyText("本支部的", null);
    Post miner = Post.work("采煤工");
    DutyTemplate above = new DutyTemplate(tree.committee(), miner, committees, "gongsi1", AT);
    DutyTemplate own = new DutyTemplate(tree.branch(), miner, branchs, "gongsi1", AT);
    DutyTemplate secretary =
        new DutyTemplate(
            tree.committee(), Post.party(PositionRole.SECRETARY), committees, "gongsi1", AT);
    List<DutyTemplate> all = List.of(above, own, secretary);

    assertEquals(own, DutyTemplate.nearest(miner, tree.branch().getPath(), all).orElseThrow());
    assertEquals(above, DutyTemplate.nearest(miner, tree.other().getPath(), all).orElseThrow());
    assertEquals(
        secretary,
        DutyTemplate.nearest(Post.party(PositionRole.SECRETARY), tree.branch().getPath(), all)
            .orElseThrow());
    assertTrue(
        DutyTemplate.nearest(Post.membership(), tree.branch().getPath(), all).isEmpty(),
        "none written");
    assertTrue(
        DutyTemplate.nearest(miner, tree.committee().getPath(), List.of(own)).isEmpty(),
        "a branch's own does not apply above it");
  }
}
