package cn.dangjian.domain.recruitment;

import static cn.dangjian.domain.recruitment.Edition.ENTERPRISE;
import static cn.dangjian.domain.recruitment.Edition.NATIONAL_2014;
import static cn.dangjian.domain.recruitment.Edition.NATIONAL_2026;

import cn.dangjian.domain.calendar.WorkCalendar;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.recruitment.Verdict.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The recruitment rules as data: each rule has a code, the editions that contain it (with their
 * article), the step it gates and its numbers. {@link #judge} returns the verdict of every rule in
 * force on the step's date; the step may be recorded only when all have passed.
 */
public final class RuleBook {

  /** The facts a rule looks at: the case so far, the proposed step, the calendar, who decides. */
  public record Judgement(
      RecruitmentCase c, StepRecord step, WorkCalendar calendar, OrgKind decidingKind) {}

  @FunctionalInterface
  interface Check {
    Verdict apply(Rule rule, Citation citation, Judgement j);
  }

  /** One rule: its code, where it is written, the step it gates, and its check. */
  record Rule(String code, Set<Edition> editions, String article, Step step, Check check) {}

  public static final int MIN_AGE = 18;
  public static final int TALK_MONTHS = 1;
  public static final int ASSESSMENT_MONTHS = 6;
  public static final int CULTIVATION_YEARS = 1;
  public static final int NOTICE_WORKING_DAYS = 5;
  public static final int TRAINING_DAYS = 3;
  public static final int TRAINING_HOURS = 24;
  public static final int MEETING_MONTHS = 1;
  public static final int LEAVING_MONTHS = 3;
  public static final int APPROVAL_MONTHS = 3;
  public static final int APPROVAL_MONTHS_EXTENDED = 6;
  public static final int OATH_MONTHS = 1;
  public static final int PROBATION_YEARS = 1;
  public static final int CONVERSION_MONTHS = 3;
  public static final int MOVED_POSTPONEMENT_MONTHS = 6;

  private static final Set<Edition> BOTH = EnumSet.of(NATIONAL_2014, NATIONAL_2026);
  private static final Set<Edition> NEW_IN_2026 = EnumSet.of(NATIONAL_2026);
  private static final Set<Edition> OURS = EnumSet.of(ENTERPRISE);

  /** How an activist may be put forward (art. 8). */
  public static final Set<String> RECOMMENDATIONS =
      Set.of("MEMBER_RECOMMENDED", "MASS_ORG_RECOMMENDED");

  private static final List<Rule> RULES =
      List.of(
          new Rule("age", BOTH, "5", Step.APPLICATION, RuleBook::age),
          new Rule("recommendation", BOTH, "8", Step.ACTIVIST_DECIDED, RuleBook::recommendation),
          new Rule("mentors", BOTH, "9", Step.MENTORS_ASSIGNED, RuleBook::mentors),
          new Rule(
              "cultivationYear", BOTH, "13", Step.CANDIDATE_DECIDED, RuleBook::cultivationYear),
          new Rule(
              "publicNotice", NEW_IN_2026, "13", Step.CANDIDATE_DECIDED, RuleBook::publicNotice),
          new Rule("sponsors", BOTH, "14", Step.SPONSORS_ASSIGNED, RuleBook::sponsors),
          new Rule("reviewConclusion", BOTH, "16", Step.POLITICAL_REVIEW, RuleBook::writtenResult),
          new Rule("training", BOTH, "17", Step.CANDIDATE_TRAINING, RuleBook::training),
          new Rule("preReviewResult", BOTH, "18", Step.PRE_REVIEW, RuleBook::writtenResult),
          new Rule("leaving", BOTH, "18", Step.PRE_REVIEW, RuleBook::notLeaving),
          new Rule(
              "meetingTimely", NEW_IN_2026, "19", Step.ADMISSION_MEETING, RuleBook::meetingTimely),
          new Rule("quorum", BOTH, "19", Step.ADMISSION_MEETING, RuleBook::quorum),
          new Rule(
              "politicalReview",
              BOTH,
              "16",
              Step.ADMISSION_APPROVAL,
              RuleBook::politicalReviewPassed),
          new Rule(
              "committeeApproves",
              BOTH,
              "22",
              Step.ADMISSION_APPROVAL,
              RuleBook::committeeApproves),
          new Rule("committeeQuorum", BOTH, "24", Step.ADMISSION_APPROVAL, RuleBook::quorum),
          new Rule("approvalTimely", BOTH, "25", Step.ADMISSION_APPROVAL, RuleBook::approvalTimely),
          new Rule("five.record", OURS, "1", Step.ADMISSION_APPROVAL, RuleBook::checkRecord),
          new Rule("five.preReview", OURS, "2", Step.ADMISSION_APPROVAL, RuleBook::checkPreReview),
          new Rule("five.thought", OURS, "3", Step.ADMISSION_APPROVAL, RuleBook::checkThought),
          new Rule("five.conduct", OURS, "4", Step.ADMISSION_APPROVAL, RuleBook::checkConduct),
          new Rule("five.meeting", OURS, "5", Step.ADMISSION_APPROVAL, RuleBook::checkMeeting),
          new Rule("probationOver", BOTH, "31", Step.CONVERSION_MEETING, RuleBook::probationOver),
          new Rule("quorum", BOTH, "32", Step.CONVERSION_MEETING, RuleBook::quorum),
          new Rule(
              "committeeApproves",
              BOTH,
              "22",
              Step.CONVERSION_APPROVAL,
              RuleBook::committeeApproves),
          new Rule(
              "conversionTimely",
              BOTH,
              "33",
              Step.CONVERSION_APPROVAL,
              RuleBook::conversionTimely));

  private RuleBook() {}

  /**
   * Verdicts of every rule that gates the proposed step under the editions in force on its date.
   */
  public static List<Verdict> judge(Judgement j) {
    LocalDate on = j.step().on();
    List<Verdict> verdicts = new ArrayList<>();
    for (Rule r : RULES) {
      if (r.step() != j.step().step()) {
        continue;
      }
      for (Edition e : r.editions()) {
        if (e.inForceOn(on)) {
          verdicts.add(r.check().apply(r, new Citation(e, r.article()), j));
        }
      }
    }
    return verdicts;
  }

  /** The enterprise's five checks (五查五不批) among the verdicts of an approval. */
  public static boolean isFiveCheck(Verdict v) {
    return v.rule().startsWith("five.");
  }

  // --- the checks ---------------------------------------------------------------------------

  private static Verdict age(Rule r, Citation c, Judgement j) {
    LocalDate adult = j.c().getBirthDate().plusYears(MIN_AGE);
    return j.step().on().isBefore(adult)
        ? notYet(r, c, adult, j.c().getBirthDate())
        : passed(r, c, j.c().getBirthDate());
  }

  private static Verdict recommendation(Rule r, Citation c, Judgement j) {
    String how = j.step().subtype();
    return how != null && RECOMMENDATIONS.contains(how)
        ? passed(r, c, "enum.Recommendation." + how)
        : failed(r, c);
  }

  private static Verdict mentors(Rule r, Citation c, Judgement j) {
    List<PersonFacts> people = j.step().people();
    if (people.isEmpty() || people.size() > 2 || distinct(people) != people.size()) {
      return failed(r, c, people.size());
    }
    for (PersonFacts p : people) {
      if (p.category() != Category.FULL) {
        return new Verdict(r.code(), c, Status.FAILED, key(r, "notFull"), args(p.name()), null);
      }
    }
    return passed(r, c, names(people));
  }

  private static Verdict cultivationYear(Rule r, Citation c, Judgement j) {
    LocalDate activist = date(j.c(), Step.ACTIVIST_DECIDED);
    LocalDate earliest = WorkCalendar.anniversary(activist, CULTIVATION_YEARS);
    return j.step().on().isBefore(earliest)
        ? notYet(r, c, earliest, activist)
        : passed(r, c, activist);
  }

  private static Verdict publicNotice(Rule r, Citation c, Judgement j) {
    StepRecord s = j.step();
    if (s.periodFrom() == null || s.periodTo() == null) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "missing"), List.of(), null);
    }
    if (s.periodTo().isBefore(s.periodFrom())) {
      return new Verdict(
          r.code(), c, Status.FAILED, key(r, "reversed"), args(s.periodFrom(), s.periodTo()), null);
    }
    if (s.issueRaised()) {
      return new Verdict(
          r.code(), c, Status.FAILED, key(r, "issue"), args(s.periodFrom(), s.periodTo()), null);
    }
    int days = j.calendar().workingDaysBetween(s.periodFrom(), s.periodTo());
    if (days < NOTICE_WORKING_DAYS) {
      return failed(r, c, s.periodFrom(), s.periodTo(), days);
    }
    if (!s.on().isAfter(s.periodTo())) {
      return notYet(r, c, s.periodTo().plusDays(1), s.periodFrom(), s.periodTo(), days);
    }
    return passed(r, c, s.periodFrom(), s.periodTo(), days);
  }

  private static Verdict sponsors(Rule r, Citation c, Judgement j) {
    List<PersonFacts> people = j.step().people();
    if (people.size() != 2 || distinct(people) != 2) {
      return failed(r, c, people.size());
    }
    LocalDate on = j.step().on();
    for (PersonFacts p : people) {
      if (p.category() != Category.FULL) {
        return new Verdict(r.code(), c, Status.FAILED, key(r, "notFull"), args(p.name()), null);
      }
      Optional<Sanction> bar = p.sanctions().stream().filter(s -> s.inEffectOn(on)).findFirst();
      if (bar.isPresent()) {
        return new Verdict(
            r.code(),
            c,
            Status.FAILED,
            key(r, "sanctioned"),
            args(p.name(), "enum.SanctionKind." + bar.get().kind().name(), bar.get().from()),
            null);
      }
    }
    return passed(r, c, names(people));
  }

  private static Verdict writtenResult(Rule r, Citation c, Judgement j) {
    return j.step().hasNote() && j.step().outcome() != null ? passed(r, c) : failed(r, c);
  }

  /**
   * A candidate leaving the unit within 3 months is generally not admitted: pre-review cannot pass.
   */
  private static Verdict notLeaving(Rule r, Citation c, Judgement j) {
    LocalDate leaving = j.step().leavingOn();
    if (leaving == null) {
      return new Verdict(r.code(), c, Status.PASSED, key(r, "none"), List.of(), null);
    }
    LocalDate limit = WorkCalendar.plusMonths(j.step().on(), LEAVING_MONTHS);
    if (leaving.isAfter(limit)) {
      return passed(r, c, leaving, limit);
    }
    return j.step().outcome() == Outcome.FAILED
        ? new Verdict(r.code(), c, Status.PASSED, key(r, "notPassing"), args(leaving, limit), null)
        : failed(r, c, leaving, limit);
  }

  private static Verdict training(Rule r, Citation c, Judgement j) {
    int days = j.step().days() == null ? 0 : j.step().days();
    double hours = j.step().hours() == null ? 0 : j.step().hours().doubleValue();
    return days >= TRAINING_DAYS || hours >= TRAINING_HOURS
        ? passed(r, c, days, hours)
        : failed(r, c, days, hours);
  }

  private static Verdict meetingTimely(Rule r, Citation c, Judgement j) {
    Optional<CaseStep> pre = j.c().latest(Step.PRE_REVIEW).filter(CaseStep::passed);
    if (pre.isEmpty()) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "none"), List.of(), null);
    }
    LocalDate from = pre.get().getOn();
    LocalDate last = WorkCalendar.plusMonths(from, MEETING_MONTHS);
    LocalDate on = j.step().on();
    if (on.isBefore(from)) {
      return notYet(r, c, from, from, last);
    }
    return on.isAfter(last) ? failed(r, c, from, last) : passed(r, c, from, last);
  }

  private static Verdict quorum(Rule r, Citation c, Judgement j) {
    Vote v = j.step().vote();
    if (v == null) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "none"), List.of(), null);
    }
    return v.hasQuorum()
        ? passed(r, c, v.present(), v.shouldAttend())
        : failed(r, c, v.present(), v.shouldAttend());
  }

  private static Verdict politicalReviewPassed(Rule r, Citation c, Judgement j) {
    Optional<CaseStep> review = j.c().latest(Step.POLITICAL_REVIEW);
    return review.isPresent() && review.get().passed() && review.get().getNote() != null
        ? passed(r, c, review.get().getOn())
        : failed(r, c);
  }

  private static Verdict committeeApproves(Rule r, Citation c, Judgement j) {
    OrgKind kind = j.decidingKind();
    return kind == OrgKind.COMMITTEE
        ? passed(r, c)
        : failed(r, c, kind == null ? "-" : "enum.OrgKind." + kind.name());
  }

  private static Verdict approvalTimely(Rule r, Citation c, Judgement j) {
    LocalDate meeting = date(j.c(), Step.ADMISSION_MEETING);
    return timely(r, c, j, meeting, APPROVAL_MONTHS, APPROVAL_MONTHS_EXTENDED);
  }

  private static Verdict conversionTimely(Rule r, Citation c, Judgement j) {
    LocalDate meeting = date(j.c(), Step.CONVERSION_MEETING);
    return timely(r, c, j, meeting, CONVERSION_MONTHS, CONVERSION_MONTHS);
  }

  private static Verdict timely(
      Rule r, Citation c, Judgement j, LocalDate from, int months, int extendedMonths) {
    LocalDate on = j.step().on();
    LocalDate last = WorkCalendar.plusMonths(from, months);
    if (on.isBefore(from)) {
      return notYet(r, c, from, from, last);
    }
    if (!on.isAfter(last)) {
      return passed(r, c, from, last);
    }
    LocalDate extended = WorkCalendar.plusMonths(from, extendedMonths);
    String reason = j.step().extensionReason();
    if (!on.isAfter(extended) && reason != null && !reason.isBlank()) {
      return new Verdict(
          r.code(),
          c,
          Status.PASSED,
          key(r, "extended"),
          args(from, extended, reason.strip()),
          null);
    }
    return failed(r, c, from, last, extended);
  }

  private static Verdict probationOver(Rule r, Citation c, Judgement j) {
    LocalDate end = j.c().getProbationEnd();
    return j.step().on().isBefore(end) ? notYet(r, c, end, end) : passed(r, c, end);
  }

  private static Verdict checkRecord(Rule r, Citation c, Judgement j) {
    LocalDate activist = date(j.c(), Step.ACTIVIST_DECIDED);
    LocalDate candidate = date(j.c(), Step.CANDIDATE_DECIDED);
    LocalDate year = WorkCalendar.anniversary(activist, CULTIVATION_YEARS);
    return candidate.isBefore(year)
        ? failed(r, c, activist, candidate)
        : passed(r, c, activist, candidate);
  }

  private static Verdict checkPreReview(Rule r, Citation c, Judgement j) {
    LocalDate year =
        WorkCalendar.anniversary(date(j.c(), Step.ACTIVIST_DECIDED), CULTIVATION_YEARS);
    Optional<CaseStep> pre = j.c().latest(Step.PRE_REVIEW);
    if (pre.isEmpty() || !pre.get().passed()) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "none"), List.of(), null);
    }
    LocalDate on = pre.get().getOn();
    return on.isBefore(year) ? failed(r, c, on, year) : passed(r, c, on, year);
  }

  private static Verdict checkThought(Rule r, Citation c, Judgement j) {
    Optional<CaseStep> talk = j.c().latest(Step.COMMITTEE_TALK);
    if (talk.isEmpty()) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "none"), List.of(), null);
    }
    String note = talk.get().getNote() == null ? "" : talk.get().getNote();
    return talk.get().passed()
        ? passed(r, c, talk.get().getOn(), note)
        : failed(r, c, talk.get().getOn(), note);
  }

  private static Verdict checkConduct(Rule r, Citation c, Judgement j) {
    Optional<CaseStep> decided = j.c().latest(Step.CANDIDATE_DECIDED);
    CaseStep s = decided.orElseThrow();
    if (s.getPeriodFrom() == null || s.getPeriodTo() == null) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "none"), List.of(), null);
    }
    if (s.isIssueRaised()) {
      return new Verdict(
          r.code(),
          c,
          Status.FAILED,
          key(r, "issue"),
          args(s.getPeriodFrom(), s.getPeriodTo()),
          null);
    }
    int days = j.calendar().workingDaysBetween(s.getPeriodFrom(), s.getPeriodTo());
    return days < NOTICE_WORKING_DAYS
        ? failed(r, c, s.getPeriodFrom(), s.getPeriodTo(), days)
        : passed(r, c, s.getPeriodFrom(), s.getPeriodTo(), days);
  }

  private static Verdict checkMeeting(Rule r, Citation c, Judgement j) {
    Optional<CaseStep> m = j.c().latest(Step.ADMISSION_MEETING);
    if (m.isEmpty() || m.get().getVote() == null) {
      return new Verdict(r.code(), c, Status.FAILED, key(r, "none"), List.of(), null);
    }
    Vote v = m.get().getVote();
    boolean ok = v.hasQuorum() && v.carried();
    Object[] ev = {m.get().getOn(), v.shouldAttend(), v.present(), v.votesFor() + v.writtenFor()};
    return ok ? passed(r, c, ev) : failed(r, c, ev);
  }

  // --- helpers ------------------------------------------------------------------------------

  private static LocalDate date(RecruitmentCase c, Step step) {
    return c.latest(step)
        .map(CaseStep::getOn)
        .orElseThrow(() -> new IllegalStateException(step + " missing"));
  }

  private static int distinct(List<PersonFacts> people) {
    Set<Long> ids = new HashSet<>();
    people.forEach(p -> ids.add(p.memberId()));
    return ids.size();
  }

  private static String names(List<PersonFacts> people) {
    return String.join("\u3001", people.stream().map(PersonFacts::name).toList());
  }

  private static String key(Rule r, String outcome) {
    return "rule." + r.code() + "." + outcome;
  }

  private static List<Object> args(Object... evidence) {
    return Arrays.stream(evidence).map(o -> (Object) String.valueOf(o)).toList();
  }

  private static Verdict passed(Rule r, Citation c, Object... evidence) {
    return new Verdict(r.code(), c, Status.PASSED, key(r, "passed"), args(evidence), null);
  }

  private static Verdict failed(Rule r, Citation c, Object... evidence) {
    return new Verdict(r.code(), c, Status.FAILED, key(r, "failed"), args(evidence), null);
  }

  private static Verdict notYet(Rule r, Citation c, LocalDate earliest, Object... evidence) {
    Object[] withDate = new Object[evidence.length + 1];
    withDate[0] = earliest;
    System.arraycopy(evidence, 0, withDate, 1, evidence.length);
    return new Verdict(r.code(), c, Status.NOT_YET, key(r, "notYet"), args(withDate), earliest);
  }
}
