package cn.dangjian.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The case guards its own transitions, whoever calls it. */
class RecruitmentCaseTest {
  private static final LocalDate DAY = LocalDate.parse("2026-07-20");

  private static RecruitmentCase probationary() {
    RecruitmentCase c =
        RuleBookTest.readyForApproval().step(RuleBookTest.approval("2026-07-15", null)).c;
    c.admitted(99L);
    return c;
  }

  private static String refusal(Runnable change) {
    return assertThrows(DomainException.class, change::run).key();
  }

  @Test
  void aStepOutOfOrderIsRefused() {
    RecruitmentCase c = RuleBookTest.activist("2025-03-02").c;
    assertEquals(
        "recruitment.step.notNext",
        refusal(
            () -> c.record(StepRecord.on(Step.ADMISSION_MEETING, DAY), null, "t", Instant.EPOCH)));
    assertEquals(
        "recruitment.step.notNext",
        refusal(() -> c.record(StepRecord.on(Step.APPLICATION, DAY), null, "t", Instant.EPOCH)));
    RecruitmentCase fresh = RuleBookTest.activist("2025-03-02").c;
    assertEquals(Standing.ACTIVIST, fresh.getStanding(), "the steps in order were taken");
  }

  @Test
  void aNewCaseStartsWithItsApplication() {
    RecruitmentCase c =
        new RecruitmentCase(
            new RuleBookTest.CaseBuilder(
                    LocalDate.parse("1990-01-01"), LocalDate.parse("2026-01-01"))
                .c.applicant(),
            RuleBookTest.BRANCH);
    assertEquals(
        "recruitment.step.notNext",
        refusal(() -> c.record(StepRecord.on(Step.TALK, DAY), null, "t", Instant.EPOCH)));
    c.record(
        StepRecord.on(Step.APPLICATION, LocalDate.parse("2026-01-01")), null, "t", Instant.EPOCH);
    c.record(StepRecord.on(Step.TALK, LocalDate.parse("2026-01-20")), null, "t", Instant.EPOCH);
    assertEquals(2, c.getSteps().size());
  }

  @Test
  void aClosedCaseTakesNothingMore() {
    RecruitmentCase c = RuleBookTest.activist("2025-03-02").c;
    c.withdraw(DAY, "moved away");
    assertEquals(CaseStatus.WITHDRAWN, c.getStatus());
    assertEquals(
        "recruitment.case.closed",
        refusal(
            () ->
                c.record(StepRecord.on(Step.ACTIVIST_ASSESSMENT, DAY), null, "t", Instant.EPOCH)));
    assertEquals("recruitment.case.closed", refusal(() -> c.withdraw(DAY, "again")));
  }

  @Test
  void noWithdrawalAfterAdmission() {
    RecruitmentCase c = probationary();
    assertEquals("recruitment.case.closed", refusal(() -> c.withdraw(DAY, "changed mind")));
    assertEquals(CaseStatus.OPEN, c.getStatus());
  }

  @ParameterizedTest(name = "{0} months")
  @ValueSource(ints = {0, 5, 13, 24})
  void anExtensionIsSixToTwelveMonths(int months) {
    RecruitmentCase c = probationary();
    LocalDate end = c.getProbationEnd();
    ValidationException e =
        assertThrows(ValidationException.class, () -> c.extendProbation(months));
    assertEquals("months", e.violations().get(0).field());
    assertEquals(end, c.getProbationEnd());
  }

  @Test
  void aProbationIsExtendedOnceOnly() {
    RecruitmentCase c = probationary();
    assertEquals(LocalDate.parse("2027-06-30"), c.getProbationEnd());
    c.extendProbation(6);
    assertEquals(LocalDate.parse("2027-12-30"), c.getProbationEnd());
    assertEquals("recruitment.extension.once", refusal(() -> c.extendProbation(12)));
    RecruitmentCase twelve = probationary();
    twelve.extendProbation(12);
    assertEquals(LocalDate.parse("2028-06-30"), twelve.getProbationEnd());
  }

  @Test
  void onlyAProbationIsExtendedOrCancelled() {
    RecruitmentCase c = RuleBookTest.readyForApproval().c;
    assertEquals("recruitment.extension.notProbationary", refusal(() -> c.extendProbation(6)));
    assertEquals(
        "recruitment.cancel.notProbationary", refusal(() -> c.probationCancelled(DAY, "x")));
  }

  @Test
  void aCancellationDatesFromTheAdmissionMeetingOnAndEndsTheCase() {
    RecruitmentCase c = probationary();
    assertThrows(
        ValidationException.class, () -> c.probationCancelled(LocalDate.parse("2026-06-29"), "x"));
    c.probationCancelled(DAY, "不履行党员义务");
    assertEquals(CaseStatus.PROBATION_CANCELLED, c.getStatus());
    assertNull(c.getMemberId());
  }
}
