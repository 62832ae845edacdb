package cn.dangjian.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueNoticeTest {
  static final Organization COMMITTEE =
      new Organization("C", "Company committee", OrgKind.COMMITTEE, null, LocalDate.of(2000, 1, 1));
  static final Organization GENERAL =
      new Organization(
          "G", "General branch", OrgKind.GENERAL_BRANCH, COMMITTEE, LocalDate.of(2000, 1, 1));
  static final Organization BRANCH =
      new Organization("B", "Branch", OrgKind.BRANCH, GENERAL, LocalDate.of(2000, 1, 1));

  static RecruitmentCase applied(String on) {
    RecruitmentCase c =
        new RecruitmentCase(
            new Applicant(
                "Zhang",
                Sex.MALE,
                "140202199001011234",
                "Han",
                LocalDate.of(1990, 1, 1),
                Education.UNIVERSITY,
                null,
                null,
                true,
                false,
                false,
                LocalDate.parse(on)),
            BRANCH);
    Cases.reach(c, StepRecord.on(Step.APPLICATION, LocalDate.parse(on)));
    return c;
  }

  static String raised(RecruitmentCase c, String today) {
    List<DueNotice> n = DueNotice.raise(c, LocalDate.parse(today));
    return n.isEmpty()
        ? "none"
        : n.get(0).getKind() + " " + n.get(0).getStep() + " " + n.get(0).getDueOn();
  }

  /**
   * Talk due 2026-05-20 (one month after the application): announced 14 days ahead, overdue after.
   */
  @ParameterizedTest
  @CsvSource({
    "2026-05-05, none",
    "2026-05-06, DUE_SOON TALK 2026-05-20",
    "2026-05-20, DUE_SOON TALK 2026-05-20",
    "2026-05-21, OVERDUE TALK 2026-05-20"
  })
  void aTimeLimitIsAnnouncedTwoWeeksAheadAndOverdueTheDayAfter(String today, String expected) {
    assertEquals(expected, raised(applied("2026-04-20"), today));
  }

  @Test
  void branchStepsGoToTheBranchAndCommitteeStepsToTheCommitteeAboveTheGeneralBranch() {
    assertEquals(
        BRANCH,
        DueNotice.raise(applied("2026-04-20"), LocalDate.parse("2026-05-21"))
            .get(0)
            .getAddressee());
    RecruitmentCase c = applied("2026-01-05");
    Cases.reach(c, StepRecord.on(Step.TALK, LocalDate.parse("2026-01-20")));
    Vote v = new Vote(10, 8, 7, 1, 0, 0, 0);
    Cases.reach(
        c,
        new StepRecord(
            Step.ADMISSION_MEETING,
            LocalDate.parse("2026-06-30"),
            Outcome.PASSED,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            v,
            null,
            List.of()));
    DueNotice n = DueNotice.raise(c, LocalDate.parse("2026-10-01")).get(0);
    assertEquals(
        "OVERDUE ADMISSION_APPROVAL 2026-09-30",
        n.getKind() + " " + n.getStep() + " " + n.getDueOn());
    assertEquals(COMMITTEE, n.getAddressee());
    assertEquals(new Citation(Edition.NATIONAL_2026, "25"), n.getCitation());
  }

  @Test
  void aDoneStepOrAClosedCaseRaisesNothing() {
    RecruitmentCase talked = applied("2026-04-20");
    Cases.reach(talked, StepRecord.on(Step.TALK, LocalDate.parse("2026-05-25")));
    assertEquals("none", raised(talked, "2026-05-26"));
    RecruitmentCase withdrawn = applied("2026-04-20");
    withdrawn.withdraw(LocalDate.parse("2026-05-01"), "moved away");
    assertEquals("none", raised(withdrawn, "2026-05-26"));
  }
}
