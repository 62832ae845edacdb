package cn.dangjian.domain.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppraisalTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);

  private final Samples.Tree tree = Samples.tree(new Ids(8000));

  private Appraisal appraisal(int members) {
    return new Appraisal(
        tree.branch(),
        2025,
        LongStream.rangeClosed(1, members).mapToObj(i -> new Appraised(i, "党员" + i)).toList(),
        TODAY,
        "shuji1");
  }

  /** The first {@code excellent} members 优秀, the rest 合格. */
  private static Map<Long, Decision> grades(int members, int excellent) {
    Map<Long, Decision> d = new HashMap<>();
    for (long i = 1; i <= members; i++) {
      d.put(i, new Decision(i <= excellent ? Grade.EXCELLENT : Grade.QUALIFIED, null, null, null));
    }
    return d;
  }

  private static List<String> keys(ValidationException e) {
    return e.violations().stream().map(Violation::key).toList();
  }

  @ParameterizedTest
  @CsvSource({"20,6", "21,7", "22,7"})
  void excellentIsAtMostOneThirdOfTheAppraisedRoundedDown(int members, int limit) {
    assertEquals(limit, ExcellentShare.ONE_THIRD.limit(members));
    Appraisal over = appraisal(members);
    over.count(TODAY);
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> over.decide(grades(members, limit + 1), ExcellentShare.ONE_THIRD, TODAY, "s"));
    Violation tooMany = e.violations().get(0);
    assertEquals("appraisal.excellent.tooMany", tooMany.key());
    assertEquals(List.of(members, limit, limit + 1), tooMany.args());
    assertEquals(AppraisalStage.COUNTED, over.getStage(), "nothing decided");

    Appraisal at = appraisal(members);
    at.count(TODAY);
    at.decide(grades(members, limit), ExcellentShare.ONE_THIRD, TODAY, "s");
    assertEquals(AppraisalStage.DECIDED, at.getStage());
    assertEquals(limit, at.getExcellentLimit());
    assertEquals(
        limit, at.getEntries().stream().filter(x -> x.getGrade() == Grade.EXCELLENT).count());
  }

  @Test
  void theShareIsTheGroupsAndWrittenAsAFraction() {
    assertEquals(new ExcellentShare(1, 4), ExcellentShare.parse(" 1 / 4 "));
    assertEquals(5, ExcellentShare.parse("1/4").limit(21));
    assertThrows(IllegalArgumentException.class, () -> ExcellentShare.parse("30%"));
    assertThrows(IllegalArgumentException.class, () -> ExcellentShare.parse("4/3"));
  }

  @Test
  void unqualifiedNeedsTheFollowUpAndCorrectionItsDate() {
    Appraisal a = appraisal(3);
    assertThrows(
        ConflictException.class,
        () -> a.decide(grades(3, 0), ExcellentShare.ONE_THIRD, TODAY, "s"),
        "the poll is counted first");
    a.count(TODAY);
    Map<Long, Decision> d = grades(3, 0);
    d.put(1L, new Decision(Grade.UNQUALIFIED, null, null, null));
    d.put(2L, new Decision(Grade.QUALIFIED, FollowUp.REMOVAL, null, null));
    d.remove(3L);
    assertEquals(
        List.of(
            "appraisal.followUp.required", "appraisal.followUp.only", "appraisal.grade.missing"),
        keys(
            assertThrows(
                ValidationException.class,
                () -> a.decide(d, ExcellentShare.ONE_THIRD, TODAY, "s"))));
    d.put(1L, new Decision(Grade.UNQUALIFIED, FollowUp.CORRECTION, TODAY, null));
    d.put(2L, new Decision(Grade.BASICALLY_QUALIFIED, null, null, null));
    d.put(3L, new Decision(Grade.QUALIFIED, null, null, null));
    assertEquals(
        List.of("appraisal.followUp.by"),
        keys(
            assertThrows(
                ValidationException.class,
                () -> a.decide(d, ExcellentShare.ONE_THIRD, TODAY, "s"))),
        "the correction's date is after today");
    d.put(1L, new Decision(Grade.UNQUALIFIED, FollowUp.CORRECTION, TODAY.plusMonths(6), " 帮教 "));
    a.decide(d, ExcellentShare.ONE_THIRD, TODAY, "s");
    AppraisalEntry first = a.entryOf(1L).orElseThrow();
    assertEquals(TODAY.plusMonths(6), first.getFollowUpBy());
    assertEquals("帮教", first.getDecisionNote());
    assertThrows(
        ConflictException.class,
        () -> a.decide(d, ExcellentShare.ONE_THIRD, TODAY, "s"),
        "decided once");
  }

  @Test
  void aBallotGradesOthersOnlyWhileThePollIsOpenAndNotFull() {
    Appraisal a = appraisal(3);
    assertThrows(
        ValidationException.class, () -> a.checkBallot(Map.of(1L, Grade.EXCELLENT), 1L), "self");
    assertThrows(
        ValidationException.class, () -> a.checkBallot(Map.of(9L, Grade.EXCELLENT), 1L), "9?");
    a.checkBallot(Map.of(2L, Grade.EXCELLENT, 3L, Grade.QUALIFIED), 1L);
    assertThrows(
        ValidationException.class,
        () -> a.assess(a.entryOf(1L).orElseThrow(), " ", "dangyuan1", TODAY));
    a.assess(a.entryOf(1L).orElseThrow(), " 一年来…… ", "dangyuan1", TODAY);
    assertEquals("一年来……", a.entryOf(1L).orElseThrow().getSelfAssessment());
    a.count(TODAY);
    assertThrows(ConflictException.class, () -> a.checkBallot(Map.of(), 1L));
    assertThrows(
        ConflictException.class,
        () -> a.assess(a.entryOf(1L).orElseThrow(), "改", "dangyuan1", TODAY));
  }

  @Test
  void anAppraisalIsOfThisYearOrTheLastAndOfSomeone() {
    assertThrows(
        ValidationException.class,
        () -> new Appraisal(tree.branch(), 2024, List.of(new Appraised(1L, "甲")), TODAY, "s"));
    assertThrows(
        ValidationException.class, () -> new Appraisal(tree.branch(), 2026, List.of(), TODAY, "s"));
  }
}
