package cn.dangjian.domain.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.Scope;
import cn.dangjian.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A transfer's rules: the receipt overdue from day 31, the letter's validity, decided once. */
class TransferTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

  private final Ids ids = new Ids(10);
  private Organization committee;
  private Organization branch;
  private Organization other;
  private Member member;

  @BeforeEach
  void setUp() {
    Samples.Tree tree = Samples.tree(ids);
    committee = tree.committee();
    branch = tree.branch();
    other = tree.other();
    member = ids.assign(Samples.member(branch));
  }

  private Transfer letter(LocalDate on, int days) {
    return Transfer.out(member, "某市某区机关党委", "工作调动", days, on, TODAY, "shuji1", NOW);
  }

  private static String field(Runnable r) {
    return assertThrows(ValidationException.class, r::run).violations().get(0).field();
  }

  @Test
  void theReceiptIsOverdueFromTheThirtyFirstDay() {
    assertFalse(letter(TODAY.minusDays(30), 30).receiptOverdue(TODAY), "day 30: still in time");
    Transfer late = letter(TODAY.minusDays(31), 30);
    assertTrue(late.receiptOverdue(TODAY), "day 31: overdue");
    late.receiptReturned(TODAY, TODAY, "shuji1", NOW);
    assertFalse(late.receiptOverdue(TODAY), "back: no longer owed");
    assertEquals(TODAY.minusDays(1), late.receiptDue());
  }

  @Test
  void aLetterIsValidOneToNinetyDaysCountingItsOwnDay() {
    assertEquals(LocalDate.of(2026, 7, 29), letter(TODAY, 30).getValidUntil());
    letter(TODAY, 90);
    assertEquals("validDays", field(() -> letter(TODAY, 0)));
    assertEquals("validDays", field(() -> letter(TODAY, 91)));
    assertEquals("on", field(() -> letter(TODAY.plusDays(1), 30)), "not dated ahead");
    assertEquals(
        "toOrganization",
        field(() -> Transfer.out(member, " ", "工作调动", 30, TODAY, TODAY, "shuji1", NOW)));
  }

  @Test
  void aReceiptComesBetweenTheLetterAndToday() {
    Transfer t = letter(TODAY.minusDays(10), 30);
    assertEquals("receiptOn", field(() -> t.receiptReturned(TODAY.minusDays(11), TODAY, "s", NOW)));
    assertEquals("receiptOn", field(() -> t.receiptReturned(TODAY.plusDays(1), TODAY, "s", NOW)));
    t.receiptReturned(TODAY, TODAY, "s", NOW);
    assertThrows(ConflictException.class, () -> t.receiptReturned(TODAY, TODAY, "s", NOW));
  }

  @Test
  void withinTheGroupItGoesToAnotherBranchAndIsDecidedOnce() {
    assertEquals(
        "targetOrganizationId",
        field(() -> Transfer.within(member, branch, "调动", TODAY, TODAY, "s", NOW)));
    assertEquals(
        "targetOrganizationId",
        field(() -> Transfer.within(member, committee, "调动", TODAY, TODAY, "s", NOW)));
    Transfer t = Transfer.within(member, other, "调动", TODAY, TODAY, "shuji1", NOW);
    assertTrue(t.touches(other.getPath()) && t.touches(branch.getPath()));
    assertEquals("note", field(() -> t.refuse(" ", "shuji2", NOW)));
    t.accept("shuji2", NOW);
    assertThrows(ConflictException.class, () -> t.cancel("shuji1", NOW));
    assertEquals(TransferState.ACCEPTED, t.getState());
    assertNull(t.receiptDue());
  }

  @Test
  void aMemberWhoLeftIsInNoOnesScope() {
    member.leave(TODAY);
    assertTrue(member.hasLeft());
    assertNull(member.getOrgPath());
    assertFalse(Scope.everything().covers(member.getOrgPath()));
  }
}
