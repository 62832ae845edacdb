package cn.dangjian.domain.recruitment;

import static cn.dangjian.domain.recruitment.RuleBook.APPROVAL_MONTHS;
import static cn.dangjian.domain.recruitment.RuleBook.ASSESSMENT_MONTHS;
import static cn.dangjian.domain.recruitment.RuleBook.CONVERSION_MONTHS;
import static cn.dangjian.domain.recruitment.RuleBook.MEETING_MONTHS;
import static cn.dangjian.domain.recruitment.RuleBook.MOVED_POSTPONEMENT_MONTHS;
import static cn.dangjian.domain.recruitment.RuleBook.OATH_MONTHS;
import static cn.dangjian.domain.recruitment.RuleBook.TALK_MONTHS;

import cn.dangjian.domain.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which steps a case may take next, and what it owes by when (the time limits of docs/rules.md).
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Steps whose predecessors are recorded and which are not done yet (repeatable ones stay open).
   */
  public static List<Step> nextSteps(RecruitmentCase c) {
    List<Step> next = new ArrayList<>();
    if (!c.getStatus().isOpen()) {
      return next;
    }
    for (Step s : Step.values()) {
      boolean ready =
          s.after().stream().allMatch(p -> c.latest(p).filter(CaseStep::passed).isPresent());
      boolean open = s.repeatable() ? !laterStepDone(c, s) : !c.done(s);
      if (ready && open && s != Step.APPLICATION) {
        next.add(s);
      }
    }
    return next;
  }

  private static boolean laterStepDone(RecruitmentCase c, Step s) {
    return switch (s) {
      case ACTIVIST_ASSESSMENT -> c.done(Step.CANDIDATE_DECIDED);
      case PRE_REVIEW -> c.done(Step.ADMISSION_MEETING);
      case COMMITTEE_TALK -> c.done(Step.ADMISSION_APPROVAL);
      case PROBATION_ASSESSMENT -> c.done(Step.CONVERSION_MEETING);
      default -> true;
    };
  }

  /** The time limits the case has not met yet, earliest first. */
  public static List<Deadline> deadlines(RecruitmentCase c) {
    List<Deadline> due = new ArrayList<>();
    if (!c.getStatus().isOpen()) {
      return due;
    }
    Edition national = Edition.NATIONAL_2026;
    owe(due, c, Step.TALK, c.latest(Step.APPLICATION), TALK_MONTHS, "7");
    if (c.done(Step.MENTORS_ASSIGNED) && !c.done(Step.CANDIDATE_DECIDED)) {
      LocalDate last =
          c.all(Step.ACTIVIST_ASSESSMENT).stream()
              .map(CaseStep::getOn)
              .reduce((a, b) -> b)
              .orElse(c.latest(Step.ACTIVIST_DECIDED).orElseThrow().getOn());
      due.add(
          new Deadline(
              Step.ACTIVIST_ASSESSMENT,
              WorkCalendar.plusMonths(last, ASSESSMENT_MONTHS),
              new Citation(Edition.nationalOn(last), "11"),
              "deadline.assessment"));
    }
    Optional<CaseStep> pre = c.latest(Step.PRE_REVIEW).filter(CaseStep::passed);
    if (pre.isPresent() && Edition.nationalOn(pre.get().getOn()) == national) {
      owe(due, c, Step.ADMISSION_MEETING, pre, MEETING_MONTHS, "19");
    }
    owe(
        due,
        c,
        Step.ADMISSION_APPROVAL,
        c.latest(Step.ADMISSION_MEETING).filter(CaseStep::passed),
        APPROVAL_MONTHS,
        "25");
    owe(
        due,
        c,
        Step.OATH,
        c.latest(Step.ADMISSION_APPROVAL).filter(CaseStep::passed),
        OATH_MONTHS,
        "29");
    if (c.getProbationEnd() != null && !c.done(Step.CONVERSION_MEETING)) {
      LocalDate end = c.getProbationEnd();
      due.add(
          c.isMovedInProbation()
              ? new Deadline(
                  Step.CONVERSION_MEETING,
                  WorkCalendar.plusMonths(end, MOVED_POSTPONEMENT_MONTHS),
                  new Citation(Edition.nationalOn(end), "35"),
                  "deadline.probationEnd.moved")
              : new Deadline(
                  Step.CONVERSION_MEETING,
                  end,
                  new Citation(Edition.nationalOn(end), "31"),
                  "deadline.probationEnd"));
    }
    owe(
        due,
        c,
        Step.CONVERSION_APPROVAL,
        c.latest(Step.CONVERSION_MEETING),
        CONVERSION_MONTHS,
        "33");
    due.sort((a, b) -> a.due().compareTo(b.due()));
    return due;
  }

  private static void owe(
      List<Deadline> due,
      RecruitmentCase c,
      Step step,
      Optional<CaseStep> from,
      int months,
      String article) {
    if (from.isPresent() && !c.done(step)) {
      LocalDate start = from.get().getOn();
      due.add(
          new Deadline(
              step,
              WorkCalendar.plusMonths(start, months),
              new Citation(Edition.nationalOn(start), article),
              "deadline." + step.name()));
    }
  }
}
