package cn.dangjian.demo;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.recruitment.Applicant;
import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.Vote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo group's recruitment work in progress, dated back from today so that every case is on
 * time under the rules: applicants with a talk due or overdue, activists in cultivation, one ready
 * to become a candidate, candidates under review and, in each company's first branch, a
 * probationary member; the year's plans and an activist training class in three companies.
 */
final class DemoRecruitment {
  static final int BRANCHES_PER_COMPANY = 2;
  static final int CLASSES = 3;

  record CaseSeed(
      Applicant applicant,
      Long branchId,
      Long committeeId,
      List<StepRecord> steps,
      boolean admitted) {}

  record PlanSeed(int year, Long organizationId, int quota) {}

  record ClassSeed(
      Long committeeId,
      String title,
      List<LocalDate> days,
      List<String> topics,
      String teacher,
      LocalDate certifiedOn) {}

  private final Vocabulary w;
  private final Random rnd;
  private final LocalDate today;

  DemoRecruitment(Vocabulary w, Random rnd, LocalDate today) {
    this.w = w;
    this.rnd = rnd;
    this.today = today;
  }

  /** The cases of one production branch; {@code first} adds a probationary member. */
  List<CaseSeed> cases(Long branchId, Long committeeId, boolean first, List<MemberData> people) {
    List<CaseSeed> out = new ArrayList<>();
    out.add(seed(people.get(0), branchId, committeeId, today.minusDays(20), List.of(), false));
    out.add(seed(people.get(1), branchId, committeeId, today.minusDays(45), List.of(), false));
    out.add(activist(people.get(2), branchId, committeeId, today.minusDays(270)));
    out.add(activist(people.get(3), branchId, committeeId, today.minusDays(435)));
    out.add(candidate(people.get(4), branchId, committeeId, today.minusDays(580)));
    if (first) {
      out.add(probationary(people.get(5), branchId, committeeId, today.minusDays(200)));
    }
    return out;
  }

  /** How many people {@link #cases} needs for a branch. */
  static int peopleFor(boolean first) {
    return first ? 6 : 5;
  }

  private CaseSeed activist(MemberData p, Long branch, Long committee, LocalDate decided) {
    return seed(p, branch, committee, decided.minusDays(60), cultivation(decided), false);
  }

  private CaseSeed candidate(MemberData p, Long branch, Long committee, LocalDate decided) {
    List<StepRecord> s = cultivation(decided);
    LocalDate listed = decided.plusYears(1).plusDays(20);
    s.addAll(candidacy(listed));
    return seed(p, branch, committee, decided.minusDays(60), s, false);
  }

  private CaseSeed probationary(MemberData p, Long branch, Long committee, LocalDate meeting) {
    LocalDate listed = meeting.minusDays(75);
    LocalDate decided = listed.minusYears(1).minusDays(20);
    List<StepRecord> s = cultivation(decided);
    s.addAll(candidacy(listed));
    s.add(
        new StepRecord(
            Step.CANDIDATE_TRAINING,
            meeting.minusDays(45),
            null,
            null,
            w.word("note.training"),
            null,
            null,
            3,
            BigDecimal.valueOf(24),
            false,
            null,
            null,
            List.of()));
    s.add(StepRecord.on(Step.BRANCH_COMMITTEE_REVIEW, meeting.minusDays(30)));
    s.add(decision(Step.PRE_REVIEW, meeting.minusDays(20), "note.preReview"));
    s.add(StepRecord.on(Step.APPLICATION_FORM, meeting.minusDays(10)));
    s.add(
        new StepRecord(
            Step.ADMISSION_MEETING,
            meeting,
            Outcome.PASSED,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            new Vote(21, 18, 17, 0, 1, 1, 0),
            null,
            List.of()));
    s.add(decision(Step.COMMITTEE_TALK, meeting.plusDays(5), "note.talk"));
    s.add(
        new StepRecord(
            Step.ADMISSION_APPROVAL,
            meeting.plusDays(10),
            Outcome.PASSED,
            null,
            w.word("note.approval"),
            null,
            null,
            null,
            null,
            false,
            new Vote(9, 8, 8, 0, 0, 0, 0),
            null,
            List.of()));
    s.add(StepRecord.on(Step.ADMISSION_FILED, meeting.plusDays(15)));
    s.add(StepRecord.on(Step.PLACED_IN_BRANCH, meeting.plusDays(20)));
    s.add(StepRecord.on(Step.OATH, meeting.plusDays(25)));
    addIfPast(s, assessment(Step.PROBATION_ASSESSMENT, meeting.plusMonths(6)));
    return seed(p, branch, committee, decided.minusDays(60), s, true);
  }

  /** Talk, activist decision, filing, mentor and the half-yearly assessments so far. */
  private List<StepRecord> cultivation(LocalDate decided) {
    List<StepRecord> s = new ArrayList<>();
    s.add(StepRecord.on(Step.TALK, decided.minusDays(45)));
    s.add(
        new StepRecord(
            Step.ACTIVIST_DECIDED,
            decided,
            null,
            "MEMBER_RECOMMENDED",
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            List.of()));
    s.add(StepRecord.on(Step.ACTIVIST_FILED, decided.plusDays(5)));
    s.add(StepRecord.on(Step.MENTORS_ASSIGNED, decided.plusDays(5)));
    for (LocalDate a = decided.plusMonths(6);
        !a.isAfter(today) && a.isBefore(decided.plusYears(1));
        a = a.plusMonths(6)) {
      s.add(assessment(Step.ACTIVIST_ASSESSMENT, a));
    }
    return s;
  }

  /**
   * Listing as candidate after a week's public notice, filing, sponsors and the political review.
   */
  private List<StepRecord> candidacy(LocalDate listed) {
    List<StepRecord> s = new ArrayList<>();
    s.add(
        new StepRecord(
            Step.CANDIDATE_DECIDED,
            listed,
            null,
            null,
            null,
            listed.minusDays(14),
            listed.minusDays(3),
            null,
            null,
            false,
            null,
            null,
            List.of()));
    s.add(StepRecord.on(Step.CANDIDATE_FILED, listed.plusDays(5)));
    s.add(StepRecord.on(Step.SPONSORS_ASSIGNED, listed.plusDays(5)));
    addIfPast(s, decision(Step.POLITICAL_REVIEW, listed.plusDays(30), "note.review"));
    return s;
  }

  private void addIfPast(List<StepRecord> s, StepRecord r) {
    if (!r.on().isAfter(today)) {
      s.add(r);
    }
  }

  private StepRecord assessment(Step step, LocalDate on) {
    return new StepRecord(
        step,
        on,
        null,
        null,
        w.word("note.assessment"),
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        List.of());
  }

  private StepRecord decision(Step step, LocalDate on, String noteKey) {
    return new StepRecord(
        step,
        on,
        Outcome.PASSED,
        null,
        w.word(noteKey),
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        List.of());
  }

  private CaseSeed seed(
      MemberData p,
      Long branch,
      Long committee,
      LocalDate applied,
      List<StepRecord> steps,
      boolean admitted) {
    LocalDate adult = p.getBirthDate().plusYears(18);
    return new CaseSeed(
        new Applicant(
            p.getName(),
            p.getSex(),
            p.getCitizenId(),
            p.getEthnicity(),
            p.getBirthDate(),
            p.getEducation() == null ? Education.HIGH_SCHOOL : p.getEducation(),
            p.getPhone(),
            p.getJobPost(),
            p.isFrontline(),
            rnd.nextInt(10) < 2,
            rnd.nextInt(10) < 1,
            applied.isBefore(adult) ? adult : applied),
        branch,
        committee,
        withApplication(applied.isBefore(adult) ? adult : applied, steps),
        admitted);
  }

  /**
   * Every case starts with its application (step 1), as one opened on the application page does.
   */
  private static List<StepRecord> withApplication(LocalDate applied, List<StepRecord> steps) {
    List<StepRecord> all = new ArrayList<>(steps.size() + 1);
    all.add(StepRecord.on(Step.APPLICATION, applied));
    all.addAll(steps);
    return all;
  }

  PlanSeed plan(Long organizationId, int base) {
    return new PlanSeed(today.getYear(), organizationId, base + rnd.nextInt(base + 1));
  }

  /** A three-day activist class of 8 学时 a day, ended a few weeks ago. */
  ClassSeed activistClass(Long committeeId) {
    LocalDate from = today.minusDays(75);
    return new ClassSeed(
        committeeId,
        from.getYear() + w.word("class.title"),
        List.of(from, from.plusDays(1), from.plusDays(2)),
        w.list("class.topics"),
        w.word("class.teacher"),
        from.plusDays(2));
  }

  int score() {
    return 70 + rnd.nextInt(26);
  }
}
