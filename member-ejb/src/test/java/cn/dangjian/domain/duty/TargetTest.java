package cn.dangjian.domain.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final Samples.Tree tree = Samples.tree(new Ids(9000));

  private static TargetText text() {
    return new TargetText("全年学习不少于32学时", "学习台账记满32学时", LocalDate.of(2026, 12, 31), 2026);
  }

  private Target memberTarget(boolean byMember) {
    return new Target(tree.branch(), 2026, 7L, "张三", null, text(), byMember, "shuji1", TODAY);
  }

  private static List<String> fields(ValidationException e) {
    return e.violations().stream().map(Violation::field).toList();
  }

  @Test
  void aTargetSaysWhatHowAndByWhenWithinItsYear() {
    assertEquals(
        List.of("title", "measure", "dueOn"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> new TargetText(" ", null, LocalDate.of(2027, 1, 1), 2026))));
    assertThrows(
        ValidationException.class,
        () -> new Target(tree.branch(), 2025, null, null, null, text(), false, "s", TODAY),
        "this year or the next");
  }

  @Test
  void aMembersTargetHoldsOnceBothSidesAgree() {
    Target proposed = memberTarget(true);
    assertFalse(proposed.isAgreed());
    assertThrows(
        ConflictException.class,
        () -> proposed.report(TODAY, 10, "开始", "张三", TODAY),
        "no progress before agreement");
    proposed.agreeAsSecretary("shuji1", TODAY);
    assertTrue(proposed.isAgreed());

    Target set = memberTarget(false);
    assertFalse(set.isAgreed());
    set.agreeAsMember(TODAY);
    assertTrue(set.isAgreed());
    assertTrue(
        new Target(tree.branch(), 2026, null, null, null, text(), false, "s", TODAY).isAgreed(),
        "an organization's target holds once set");
  }

  @Test
  void progressFallsInTheYearAndTheAssessmentComesAtItsEnd() {
    Target t = memberTarget(false);
    t.agreeAsMember(TODAY);
    assertEquals(
        List.of("on", "percent", "report"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> t.report(TODAY.plusDays(1), 101, "", "张三", TODAY))));
    t.report(TODAY, 40, " 已学16学时 ", "张三", TODAY);
    assertEquals(40, t.percentDone());
    assertThrows(
        ConflictException.class,
        () -> t.assess(TargetResult.MET, "台账", "shuji1", TODAY),
        "not before its due day or December");
    LocalDate december = LocalDate.of(2026, 12, 1);
    assertThrows(
        ValidationException.class, () -> t.assess(TargetResult.MET, " ", "shuji1", december));
    t.assess(TargetResult.PARTLY_MET, "学习台账记28学时", "shuji1", december);
    assertThrows(
        ConflictException.class, () -> t.report(december, 100, "补学", "张三", december), "closed");
  }

  @Test
  void anOrderIsOverdueFromTheDayAfterItsDeadlineAndRemindedOnce() {
    Target t = memberTarget(false);
    t.agreeAsMember(TODAY);
    LocalDate deadline = TODAY.plusDays(30);
    assertEquals(
        List.of("requirement", "deadline"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> new SupervisionOrder(t, 8L, "李四", " ", TODAY, "gongsi1", TODAY))));
    SupervisionOrder o = new SupervisionOrder(t, 8L, "李四", "补齐学时", deadline, "gongsi1", TODAY);
    assertFalse(o.isOverdue(deadline), "due that day, not yet overdue");
    assertFalse(o.remind(deadline));
    assertTrue(o.isOverdue(deadline.plusDays(1)));
    assertTrue(o.remind(deadline.plusDays(1)));
    assertFalse(o.remind(deadline.plusDays(2)), "once");
    o.close("已补学", "gongsi1", deadline.plusDays(3));
    assertFalse(o.isOverdue(deadline.plusDays(4)));
    assertThrows(ConflictException.class, () -> o.close("再次", "gongsi1", deadline.plusDays(4)));
    Target unagreed = memberTarget(true);
    assertThrows(
        ConflictException.class,
        () -> new SupervisionOrder(unagreed, 8L, "李四", "补齐", deadline, "gongsi1", TODAY));
  }
}
