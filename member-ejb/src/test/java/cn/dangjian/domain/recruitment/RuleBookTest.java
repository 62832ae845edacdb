package cn.dangjian.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.calendar.CalendarFile;
import cn.dangjian.domain.calendar.WorkCalendar;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.RuleBook.Judgement;
import cn.dangjian.domain.recruitment.Verdict.Status;
import cn.dangjian.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every number of docs/rules.md at, just before and just after its boundary. */
class RuleBookTest {
  static final WorkCalendar CAL = CalendarFile.shipped().calendar();
  static final Organization BRANCH =
      new Organization("B1", "Branch", OrgKind.BRANCH, null, LocalDate.of(2000, 1, 1));
  static final PersonFacts FULL_A = new PersonFacts(1L, "A", Category.FULL, List.of());
  static final PersonFacts FULL_B = new PersonFacts(2L, "B", Category.FULL, List.of());

  /**
   * A case recorded step by step without the rules, as a data import or earlier practice may leave
   * it.
   */
  static final class CaseBuilder {
    final RecruitmentCase c;

    CaseBuilder(LocalDate birth, LocalDate applied) {
      c =
          new RecruitmentCase(
              new Applicant(
                  "Zhang",
                  Sex.MALE,
                  "140202199001011234",
                  "Han",
                  birth,
                  Education.UNIVERSITY,
                  null,
                  null,
                  true,
                  false,
                  false,
                  applied),
              BRANCH);
      step(StepRecord.on(Step.APPLICATION, applied));
    }

    CaseBuilder step(StepRecord r) {
      Cases.reach(c, r);
      return this;
    }

    CaseBuilder step(Step s, String date) {
      return step(StepRecord.on(s, LocalDate.parse(date)));
    }

    CaseBuilder outcome(Step s, String date, Outcome o, String note) {
      return step(
          new StepRecord(
              s,
              LocalDate.parse(date),
              o,
              null,
              note,
              null,
              null,
              null,
              null,
              false,
              null,
              null,
              List.of()));
    }

    CaseBuilder candidate(String date, String noticeFrom, String noticeTo, boolean issue) {
      return step(
          new StepRecord(
              Step.CANDIDATE_DECIDED,
              LocalDate.parse(date),
              null,
              null,
              null,
              noticeFrom == null ? null : LocalDate.parse(noticeFrom),
              noticeTo == null ? null : LocalDate.parse(noticeTo),
              null,
              null,
              issue,
              null,
              null,
              List.of()));
    }

    CaseBuilder meeting(Step s, String date, Vote v) {
      return minutes(s, date, v, v.hasQuorum() && v.carried() ? Outcome.PASSED : Outcome.FAILED);
    }

    /**
     * A meeting as its minutes were written, even where the result does not follow from the counts.
     */
    CaseBuilder minutes(Step s, String date, Vote v, Outcome written) {
      return step(
          new StepRecord(
              s,
              LocalDate.parse(date),
              written,
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
    }
  }

  static CaseBuilder activist(String since) {
    return new CaseBuilder(LocalDate.of(1990, 1, 1), LocalDate.parse(since).minusMonths(3))
        .step(Step.TALK, LocalDate.parse(since).minusMonths(2).toString())
        .step(Step.ACTIVIST_DECIDED, since)
        .step(Step.ACTIVIST_FILED, since)
        .step(Step.MENTORS_ASSIGNED, since);
  }

  /** A candidate with every step up to the committee's talk, all in order and on time. */
  static CaseBuilder readyForApproval() {
    return readyForApproval("conclusion");
  }

  static CaseBuilder readyForApproval(String politicalReviewConclusion) {
    return activist("2025-03-02")
        .candidate("2026-03-16", "2026-03-09", "2026-03-13", false)
        .step(Step.CANDIDATE_FILED, "2026-03-20")
        .step(Step.SPONSORS_ASSIGNED, "2026-03-20")
        .outcome(Step.POLITICAL_REVIEW, "2026-04-10", Outcome.PASSED, politicalReviewConclusion)
        .step(Step.CANDIDATE_TRAINING, "2026-04-20")
        .step(Step.BRANCH_COMMITTEE_REVIEW, "2026-05-20")
        .outcome(Step.PRE_REVIEW, "2026-05-31", Outcome.PASSED, "result")
        .step(Step.APPLICATION_FORM, "2026-06-05")
        .meeting(Step.ADMISSION_MEETING, "2026-06-30", new Vote(10, 8, 7, 1, 0, 1, 0))
        .outcome(Step.COMMITTEE_TALK, "2026-07-10", Outcome.PASSED, "clear motive");
  }

  /** Every sentence the verdicts of this suite produced, to be found in both languages. */
  static final Set<String> KEYS_SEEN = new TreeSet<>();

  /** The committee's collective vote on one candidate (art. 24): 7 of 9 present, 6 for. */
  static final Vote COMMITTEE_VOTE = new Vote(9, 7, 6, 1, 0, 0, 0);

  static List<Verdict> judge(RecruitmentCase c, StepRecord r, OrgKind decider) {
    List<Verdict> verdicts = RuleBook.judge(new Judgement(c, r, CAL, decider));
    verdicts.forEach(v -> KEYS_SEEN.add(v.key()));
    return verdicts;
  }

  @AfterAll
  static void everyVerdictAndCitationSpeaksBothLanguages() {
    assertTrue(KEYS_SEEN.size() > 40, () -> "only " + KEYS_SEEN.size() + " sentences seen");
    for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      ResourceBundle b =
          ResourceBundle.getBundle(
              "cn.dangjian.i18n.messages",
              l,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String k : KEYS_SEEN) {
        assertTrue(b.containsKey(k), () -> k + " missing in " + l);
      }
      for (Edition e : Edition.values()) {
        assertTrue(b.containsKey("citation." + e.name()));
      }
      for (Step s : Step.values()) {
        assertTrue(b.containsKey("enum.Step." + s.name()));
      }
    }
  }

  static Verdict only(List<Verdict> verdicts, String rule) {
    List<Verdict> found = verdicts.stream().filter(v -> v.rule().equals(rule)).toList();
    assertEquals(1, found.size(), () -> rule + " in " + verdicts);
    return found.get(0);
  }

  static StepRecord approval(String date, String reason) {
    return new StepRecord(
        Step.ADMISSION_APPROVAL,
        LocalDate.parse(date),
        Outcome.PASSED,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        COMMITTEE_VOTE,
        reason,
        List.of());
  }

  @ParameterizedTest(name = "born 2008-03-15, applies {0}: {1}")
  @CsvSource({"2026-03-14, NOT_YET", "2026-03-15, PASSED", "2026-03-16, PASSED"})
  void art5ApplicantIsAtLeast18(LocalDate applied, Status expected) {
    RecruitmentCase c = new CaseBuilder(LocalDate.of(2008, 3, 15), LocalDate.of(2026, 1, 1)).c;
    Verdict v = only(judge(c, StepRecord.on(Step.APPLICATION, applied), null), "age");
    assertEquals(expected, v.status());
    if (expected == Status.NOT_YET) {
      assertEquals(LocalDate.of(2026, 3, 15), v.earliest());
    }
  }

  @ParameterizedTest(name = "activist since {0}, candidate on {1}: {2}")
  @CsvSource({
    "2025-03-02, 2026-03-01, NOT_YET, 2026-03-02",
    "2025-03-02, 2026-03-02, PASSED, ",
    "2025-03-02, 2026-03-03, PASSED, ",
    "2024-02-29, 2025-02-27, NOT_YET, 2025-02-28",
    "2024-02-29, 2025-02-28, PASSED, "
  })
  void art13AtLeastOneYearAsActivistIncludingTheAnniversary(
      String since, LocalDate on, Status expected, LocalDate earliest) {
    Verdict v =
        only(
            judge(activist(since).c, StepRecord.on(Step.CANDIDATE_DECIDED, on), null),
            "cultivationYear");
    assertEquals(expected, v.status());
    assertEquals(earliest, v.earliest());
    if (earliest != null) {
      assertEquals(List.of(earliest.toString(), since), v.evidence());
    }
  }

  @ParameterizedTest(name = "notice {0}..{1}, listed {2}, issue {3}: {4}")
  @CsvSource({
    "2026-09-28, 2026-10-08, 2026-10-12, false, FAILED",
    "2026-09-28, 2026-10-09, 2026-10-12, false, PASSED",
    "2026-09-28, 2026-10-09, 2026-10-09, false, NOT_YET",
    "2026-09-20, 2026-09-24, 2026-09-25, false, PASSED",
    "2026-09-21, 2026-09-24, 2026-09-25, false, FAILED",
    "2026-09-28, 2026-10-09, 2026-10-12, true, FAILED"
  })
  void art13PublicNoticeOfFiveWorkingDaysAcrossHolidays(
      LocalDate from, LocalDate to, LocalDate on, boolean issue, Status expected) {
    StepRecord r =
        new StepRecord(
            Step.CANDIDATE_DECIDED,
            on,
            null,
            null,
            null,
            from,
            to,
            null,
            null,
            issue,
            null,
            null,
            List.of());
    assertEquals(expected, only(judge(activist("2025-01-10").c, r, null), "publicNotice").status());
  }

  @Test
  void aCaseSpanning2026May11IsJudgedByTheEditionOfEachStepsDate() {
    RecruitmentCase c = activist("2025-01-10").c;
    List<Verdict> before =
        judge(c, StepRecord.on(Step.CANDIDATE_DECIDED, LocalDate.of(2026, 5, 10)), null);
    assertTrue(
        before.stream().noneMatch(v -> v.rule().equals("publicNotice")), "no notice rule in 2014");
    assertEquals(Edition.NATIONAL_2014, only(before, "cultivationYear").citation().edition());
    assertTrue(before.stream().allMatch(Verdict::passed));

    List<Verdict> after =
        judge(c, StepRecord.on(Step.CANDIDATE_DECIDED, LocalDate.of(2026, 5, 11)), null);
    assertEquals(Edition.NATIONAL_2026, only(after, "cultivationYear").citation().edition());
    assertEquals(Status.FAILED, only(after, "publicNotice").status());
    // no notice entered yet: asked for, not "0 working days from - to -"
    assertEquals("rule.publicNotice.missing", only(after, "publicNotice").key());
    assertTrue(only(after, "publicNotice").evidence().isEmpty());
  }

  @ParameterizedTest(name = "pre-review {0}, meeting {1}: {2}")
  @CsvSource({
    "2026-05-31, 2026-06-30, PASSED",
    "2026-05-31, 2026-07-01, FAILED",
    "2026-07-31, 2026-08-31, PASSED",
    "2026-08-31, 2026-09-30, PASSED",
    "2026-08-31, 2026-10-01, FAILED",
    "2026-08-31, 2026-08-30, NOT_YET"
  })
  void art19MeetingWithinOneMonthOfPreReviewClampedToMonthEnd(
      String preReview, LocalDate meeting, Status expected) {
    RecruitmentCase c =
        activist("2025-01-10").outcome(Step.PRE_REVIEW, preReview, Outcome.PASSED, "ok").c;
    StepRecord r =
        new StepRecord(
            Step.ADMISSION_MEETING,
            meeting,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            new Vote(10, 10, 10, 0, 0, 0, 0),
            null,
            List.of());
    assertEquals(expected, only(judge(c, r, null), "meetingTimely").status());
  }

  @Test
  void art19TheOneMonthLimitIsNewIn2026() {
    RecruitmentCase c =
        activist("2025-01-10").outcome(Step.PRE_REVIEW, "2026-03-01", Outcome.PASSED, "ok").c;
    List<Verdict> v =
        judge(c, StepRecord.on(Step.ADMISSION_MEETING, LocalDate.of(2026, 5, 10)), null);
    assertTrue(v.stream().noneMatch(x -> x.rule().equals("meetingTimely")));
    List<Verdict> later =
        judge(c, StepRecord.on(Step.ADMISSION_MEETING, LocalDate.of(2026, 5, 11)), null);
    assertEquals(Status.FAILED, only(later, "meetingTimely").status());
  }

  @ParameterizedTest(
      name = "should {0}, present {1}, for {2}, written for {3}: quorum {4}, carried {5}")
  @CsvSource({
    "10, 5, 5, 0, false, false",
    "10, 6, 5, 0, true, false",
    "10, 6, 6, 0, true, true",
    "10, 6, 5, 1, true, true",
    "10, 5, 5, 1, false, true",
    "9, 4, 4, 0, false, false",
    "9, 5, 4, 0, true, false",
    "9, 5, 4, 1, true, true",
    "9, 5, 5, 0, true, true",
    "1, 1, 1, 0, true, true"
  })
  void art19And20QuorumAndMajorityCompareWithThoseWhoShouldAttend(
      int should, int present, int votesFor, int writtenFor, boolean quorum, boolean carried) {
    Vote v = new Vote(should, present, votesFor, present - votesFor, 0, writtenFor, 0);
    assertEquals(List.of(), v.check());
    assertEquals(quorum, v.hasQuorum());
    assertEquals(carried, v.carried());
  }

  @Test
  void voteCountsMustAddUp() {
    assertEquals("vote.present.tooMany", new Vote(10, 11, 5, 0, 0, 0, 0).check().get(0).key());
    assertEquals("vote.ballots.tooMany", new Vote(10, 6, 5, 1, 1, 0, 0).check().get(0).key());
    assertEquals("vote.written.tooMany", new Vote(10, 8, 5, 1, 0, 2, 1).check().get(0).key());
    assertEquals("vote.negative", new Vote(10, -1, 0, 0, 0, 0, 0).check().get(0).key());
    assertEquals("vote.shouldAttend.none", new Vote(0, 0, 0, 0, 0, 0, 0).check().get(0).key());
  }

  @ParameterizedTest(name = "committee of {0}, {1} present: {2}")
  @CsvSource({"9, 4, FAILED", "9, 5, PASSED", "8, 4, FAILED", "8, 5, PASSED", "0, 0, FAILED"})
  void art24TheCommitteeDecidesWithMoreThanHalfOfItsMembersPresent(
      int should, int present, Status expected) {
    Vote vote = should == 0 ? null : new Vote(should, present, present, 0, 0, 0, 0);
    StepRecord r =
        new StepRecord(
            Step.ADMISSION_APPROVAL,
            LocalDate.of(2026, 7, 20),
            Outcome.PASSED,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            vote,
            null,
            List.of());
    Verdict v = only(judge(readyForApproval().c, r, OrgKind.COMMITTEE), "committeeQuorum");
    assertEquals(expected, v.status());
    assertEquals("24", v.citation().article());
  }

  @ParameterizedTest(name = "pre-review {0} {1}, leaving {2}: {3} {4}")
  @CsvSource({
    "2026-05-31, PASSED, , PASSED, rule.leaving.none",
    "2026-05-31, PASSED, 2026-08-31, FAILED, rule.leaving.failed",
    "2026-05-31, PASSED, 2026-09-01, PASSED, rule.leaving.passed",
    "2026-05-31, FAILED, 2026-08-31, PASSED, rule.leaving.notPassing",
    // month-end clamping: three months after 30 November is 28 February
    "2026-11-30, PASSED, 2027-02-28, FAILED, rule.leaving.failed",
    "2026-11-30, PASSED, 2027-03-01, PASSED, rule.leaving.passed"
  })
  void art18ACandidateLeavingTheUnitWithinThreeMonthsDoesNotPassPreReview(
      LocalDate on, Outcome outcome, LocalDate leaving, Status expected, String key) {
    RecruitmentCase c = activist("2025-01-10").c;
    Verdict v =
        only(
            judge(
                c,
                new StepRecord(
                    Step.PRE_REVIEW,
                    on,
                    outcome,
                    null,
                    "result",
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    List.of(),
                    leaving),
                OrgKind.COMMITTEE),
            "leaving");
    assertEquals(expected, v.status());
    assertEquals(key, v.key());
    assertEquals("18", v.citation().article());
  }

  @ParameterizedTest(name = "{0} days, {1} hours: {2}")
  @CsvSource({
    "2, 23.5, FAILED",
    "3, 0, PASSED",
    "0, 24, PASSED",
    "2, 24.0, PASSED",
    "0, 23.9, FAILED"
  })
  void art17TrainingOfThreeDaysOr24Hours(int days, BigDecimal hours, Status expected) {
    StepRecord r =
        new StepRecord(
            Step.CANDIDATE_TRAINING,
            LocalDate.of(2026, 6, 1),
            null,
            null,
            null,
            null,
            null,
            days,
            hours,
            false,
            null,
            null,
            List.of());
    assertEquals(expected, only(judge(activist("2025-01-10").c, r, null), "training").status());
  }

  @ParameterizedTest(name = "sponsors {0}: {1}")
  @CsvSource({
    "A, FAILED",
    "A+B, PASSED",
    "A+A, FAILED",
    "A+B+C, FAILED",
    "A+P, FAILED",
    "A+S, FAILED",
    "A+R, PASSED",
    "A+W, FAILED",
    "A+E, PASSED"
  })
  void art14TwoFullMembersNotUnderSanction(String who, Status expected) {
    LocalDate on = LocalDate.of(2026, 7, 1);
    List<PersonFacts> people =
        java.util.Arrays.stream(who.split("\\+"))
            .map(
                k ->
                    switch (k) {
                      case "A" -> FULL_A;
                      case "B" -> FULL_B;
                      case "C" -> new PersonFacts(3L, "C", Category.FULL, List.of());
                      case "P" -> new PersonFacts(4L, "P", Category.PROBATIONARY, List.of());
                      // 留党察看 without rights restored, restored the day before, a warning still in
                      // effect, one expired
                      case "S" ->
                          sanctioned(SanctionKind.PROBATION_WITHIN_PARTY, "2025-10-01", null);
                      case "R" ->
                          sanctioned(
                              SanctionKind.PROBATION_WITHIN_PARTY, "2024-10-01", "2026-07-01");
                      case "W" -> sanctioned(SanctionKind.WARNING, "2026-01-01", "2026-07-02");
                      case "E" ->
                          sanctioned(SanctionKind.SERIOUS_WARNING, "2024-01-01", "2025-01-01");
                      default -> throw new IllegalArgumentException(k);
                    })
            .toList();
    StepRecord r =
        new StepRecord(
            Step.SPONSORS_ASSIGNED,
            on,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            people);
    assertEquals(expected, only(judge(activist("2025-01-10").c, r, null), "sponsors").status());
  }

  static PersonFacts sanctioned(SanctionKind kind, String from, String until) {
    return new PersonFacts(
        9L,
        "S",
        Category.FULL,
        List.of(
            new Sanction(
                kind, LocalDate.parse(from), until == null ? null : LocalDate.parse(until))));
  }

  @ParameterizedTest(name = "mentors {0}: {1}")
  @CsvSource({"0, FAILED", "1, PASSED", "2, PASSED", "3, FAILED"})
  void art9OneOrTwoFullMembersAsMentors(int count, Status expected) {
    List<PersonFacts> people =
        java.util.stream.IntStream.range(0, count)
            .mapToObj(i -> new PersonFacts((long) i, "M" + i, Category.FULL, List.of()))
            .toList();
    StepRecord r =
        new StepRecord(
            Step.MENTORS_ASSIGNED,
            LocalDate.of(2026, 6, 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            people);
    assertEquals(expected, only(judge(activist("2025-01-10").c, r, null), "mentors").status());
  }

  @ParameterizedTest(name = "approval {0}, reason [{1}]: {2}")
  @CsvSource({
    "2026-09-30, , PASSED",
    "2026-10-01, , FAILED",
    "2026-10-01, waiting for the review, PASSED",
    "2026-12-30, waiting for the review, PASSED",
    "2026-12-31, waiting for the review, FAILED"
  })
  void art25ApprovalWithinThreeMonthsOrSixWithAReason(String on, String reason, Status expected) {
    assertEquals(
        expected,
        only(judge(readyForApproval().c, approval(on, reason), OrgKind.COMMITTEE), "approvalTimely")
            .status());
  }

  @Test
  void art22OnlyAPartyCommitteeApproves() {
    RecruitmentCase c = readyForApproval().c;
    assertEquals(
        Status.PASSED,
        only(judge(c, approval("2026-07-15", null), OrgKind.COMMITTEE), "committeeApproves")
            .status());
    Verdict refused =
        only(judge(c, approval("2026-07-15", null), OrgKind.GENERAL_BRANCH), "committeeApproves");
    assertEquals(Status.FAILED, refused.status());
    assertEquals(List.of("enum.OrgKind.GENERAL_BRANCH"), refused.evidence());
  }

  @Test
  void fiveChecksAllPassOnAGoodCase() {
    List<Verdict> v = judge(readyForApproval().c, approval("2026-07-15", null), OrgKind.COMMITTEE);
    assertEquals(5, v.stream().filter(RuleBook::isFiveCheck).count());
    assertTrue(v.stream().allMatch(Verdict::passed), () -> v.toString());
  }

  @Test
  void fiveChecksListEveryFailureWithItsEvidence() {
    // Listed before the year was up, pre-reviewed early, notice of 4 working days, talk found a
    // vague
    // motive, and minutes that say "passed" with only half of those who should attend in favour.
    RecruitmentCase c =
        activist("2025-06-01")
            .candidate("2026-05-20", "2026-05-11", "2026-05-14", false)
            .step(Step.CANDIDATE_FILED, "2026-05-21")
            .step(Step.SPONSORS_ASSIGNED, "2026-05-21")
            .outcome(Step.POLITICAL_REVIEW, "2026-05-22", Outcome.PASSED, "conclusion")
            .step(Step.CANDIDATE_TRAINING, "2026-05-23")
            .step(Step.BRANCH_COMMITTEE_REVIEW, "2026-05-24")
            .outcome(Step.PRE_REVIEW, "2026-05-25", Outcome.PASSED, "result")
            .step(Step.APPLICATION_FORM, "2026-05-26")
            .minutes(
                Step.ADMISSION_MEETING,
                "2026-06-10",
                new Vote(10, 6, 5, 1, 0, 0, 0),
                Outcome.PASSED)
            .outcome(
                Step.COMMITTEE_TALK, "2026-06-15", Outcome.FAILED, "vague on the party's basics")
            .c;
    List<Verdict> five =
        judge(c, approval("2026-06-20", null), OrgKind.COMMITTEE).stream()
            .filter(RuleBook::isFiveCheck)
            .toList();
    assertEquals(5, five.size());
    assertTrue(five.stream().noneMatch(Verdict::passed), () -> five.toString());
    assertEquals(List.of("2025-06-01", "2026-05-20"), only(five, "five.record").evidence());
    assertEquals(List.of("2026-05-25", "2026-06-01"), only(five, "five.preReview").evidence());
    assertEquals(
        List.of("2026-06-15", "vague on the party's basics"),
        only(five, "five.thought").evidence());
    assertEquals(List.of("2026-05-11", "2026-05-14", "4"), only(five, "five.conduct").evidence());
    assertEquals(List.of("2026-06-10", "10", "6", "5"), only(five, "five.meeting").evidence());
    assertTrue(five.stream().allMatch(v -> v.citation().edition() == Edition.ENTERPRISE));
  }

  @Test
  void art16AnUnwrittenOrFailedPoliticalReviewMeansNoAdmission() {
    RecruitmentCase unwritten = readyForApproval(null).c;
    assertEquals(
        Status.FAILED,
        only(judge(unwritten, approval("2026-07-15", null), OrgKind.COMMITTEE), "politicalReview")
            .status());
    assertEquals(
        Status.PASSED,
        only(
                judge(readyForApproval().c, approval("2026-07-15", null), OrgKind.COMMITTEE),
                "politicalReview")
            .status());
    // a failed review stops the case before the branch committee: the case itself refuses the next
    // step
    RecruitmentCase failed =
        activist("2025-03-02")
            .candidate("2026-03-16", "2026-03-09", "2026-03-13", false)
            .step(Step.CANDIDATE_FILED, "2026-03-20")
            .step(Step.SPONSORS_ASSIGNED, "2026-03-20")
            .step(Step.CANDIDATE_TRAINING, "2026-04-20")
            .outcome(Step.POLITICAL_REVIEW, "2026-04-10", Outcome.FAILED, "x")
            .c;
    assertEquals(
        "recruitment.step.notNext",
        assertThrows(
                DomainException.class,
                () ->
                    failed.record(
                        StepRecord.on(Step.BRANCH_COMMITTEE_REVIEW, LocalDate.parse("2026-05-20")),
                        null,
                        "t",
                        Instant.EPOCH))
            .key());
  }

  @ParameterizedTest(name = "probation ends 2027-06-30, conversion meeting {0}: {1}")
  @CsvSource({"2027-06-29, NOT_YET", "2027-06-30, PASSED", "2027-07-01, PASSED"})
  void art31ConversionMeetingNotBeforeProbationEnds(LocalDate on, Status expected) {
    RecruitmentCase c = readyForApproval().step(approval("2026-07-15", null)).c;
    c.admitted(99L);
    assertEquals(LocalDate.of(2027, 6, 30), c.getProbationEnd());
    StepRecord r =
        new StepRecord(
            Step.CONVERSION_MEETING,
            on,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            new Vote(10, 10, 10, 0, 0, 0, 0),
            null,
            List.of());
    assertEquals(expected, only(judge(c, r, null), "probationOver").status());
  }

  @ParameterizedTest(name = "conversion meeting 2027-06-30, approval {0}: {1}")
  @CsvSource({"2027-09-30, PASSED", "2027-10-01, FAILED"})
  void art33ConversionApprovedWithinThreeMonths(LocalDate on, Status expected) {
    RecruitmentCase c = readyForApproval().step(approval("2026-07-15", null)).c;
    c.admitted(99L);
    new CaseBuilderOf(c)
        .meeting(Step.CONVERSION_MEETING, "2027-06-30", new Vote(10, 10, 10, 0, 0, 0, 0));
    StepRecord r = StepRecord.on(Step.CONVERSION_APPROVAL, on);
    assertEquals(expected, only(judge(c, r, OrgKind.COMMITTEE), "conversionTimely").status());
  }

  @Test
  void deadlinesFollowTheLimitsAndEndOfMonthClamping() {
    RecruitmentCase c = new CaseBuilder(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 31)).c;
    Deadline talk = Pipeline.deadlines(c).get(0);
    assertEquals(Step.TALK, talk.step());
    assertEquals(LocalDate.of(2026, 2, 28), talk.due());
    assertFalse(talk.overdueOn(LocalDate.of(2026, 2, 28)));
    assertTrue(talk.overdueOn(LocalDate.of(2026, 3, 1)));

    RecruitmentCase a = activist("2026-03-31").c;
    Deadline assessment = Pipeline.deadlines(a).get(0);
    assertEquals(Step.ACTIVIST_ASSESSMENT, assessment.step());
    assertEquals(LocalDate.of(2026, 9, 30), assessment.due());

    RecruitmentCase r = readyForApproval().c;
    Deadline approval = Pipeline.deadlines(r).get(0);
    assertEquals(Step.ADMISSION_APPROVAL, approval.step());
    assertEquals(LocalDate.of(2026, 9, 30), approval.due());
  }

  @Test
  void nextStepsFollowTheFlowchart() {
    RecruitmentCase c = new CaseBuilder(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 5)).c;
    assertEquals(List.of(Step.TALK), Pipeline.nextSteps(c));
    RecruitmentCase a = activist("2025-03-02").c;
    assertEquals(List.of(Step.ACTIVIST_ASSESSMENT, Step.CANDIDATE_DECIDED), Pipeline.nextSteps(a));
    RecruitmentCase r = readyForApproval().c;
    assertEquals(List.of(Step.COMMITTEE_TALK, Step.ADMISSION_APPROVAL), Pipeline.nextSteps(r));
  }

  @Test
  void aFailedMeetingEndsTheCaseAsNotAdmitted() {
    RecruitmentCase c = readyForApproval().c;
    RecruitmentCase failed =
        activist("2025-03-02")
            .meeting(Step.ADMISSION_MEETING, "2026-06-30", new Vote(10, 8, 5, 3, 0, 0, 0))
            .c;
    assertEquals(CaseStatus.NOT_ADMITTED, failed.getStatus());
    assertEquals(List.of(), Pipeline.nextSteps(failed));
    assertNull(c.getClosedOn());
  }

  /** Lets a test add steps to a case built elsewhere. */
  static final class CaseBuilderOf {
    final RecruitmentCase c;

    CaseBuilderOf(RecruitmentCase c) {
      this.c = c;
    }

    void meeting(Step s, String date, Vote v) {
      Cases.reach(
          c,
          new StepRecord(
              s,
              LocalDate.parse(date),
              v.carried() ? Outcome.PASSED : Outcome.FAILED,
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
    }
  }
}
