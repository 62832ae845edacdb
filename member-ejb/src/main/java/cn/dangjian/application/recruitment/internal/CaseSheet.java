package cn.dangjian.application.recruitment.internal;

import cn.dangjian.application.member.sheet.SheetValues;
import cn.dangjian.application.shared.sheet.ColumnSheet;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.recruitment.Step;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The sheet of cases in progress: the person, the branch's code, a date column for each step up to
 * the first assessment in probation (headed by the step's name), the branch meeting's vote, and the
 * names of the mentors and sponsors (full members of the branch).
 */
final class CaseSheet {
  private CaseSheet() {}

  enum Column implements ColumnSheet.Column {
    CITIZEN_ID("sheet.CITIZEN_ID", true, null),
    NAME("sheet.NAME", true, null),
    ETHNICITY("sheet.ETHNICITY", true, null),
    EDUCATION("sheet.EDUCATION", true, null),
    JOB_POST("sheet.JOB_POST", false, null),
    FRONTLINE("sheet.FRONTLINE", false, null),
    ORGANIZATION_CODE("sheet.ORGANIZATION_CODE", true, null),
    APPLICATION("enum.Step.APPLICATION", true, Step.APPLICATION),
    TALK("enum.Step.TALK", false, Step.TALK),
    ACTIVIST_DECIDED("enum.Step.ACTIVIST_DECIDED", false, Step.ACTIVIST_DECIDED),
    ACTIVIST_FILED("enum.Step.ACTIVIST_FILED", false, Step.ACTIVIST_FILED),
    MENTORS_ASSIGNED("enum.Step.MENTORS_ASSIGNED", false, Step.MENTORS_ASSIGNED),
    ACTIVIST_ASSESSMENT("enum.Step.ACTIVIST_ASSESSMENT", false, Step.ACTIVIST_ASSESSMENT),
    CANDIDATE_DECIDED("enum.Step.CANDIDATE_DECIDED", false, Step.CANDIDATE_DECIDED),
    CANDIDATE_FILED("enum.Step.CANDIDATE_FILED", false, Step.CANDIDATE_FILED),
    SPONSORS_ASSIGNED("enum.Step.SPONSORS_ASSIGNED", false, Step.SPONSORS_ASSIGNED),
    POLITICAL_REVIEW("enum.Step.POLITICAL_REVIEW", false, Step.POLITICAL_REVIEW),
    CANDIDATE_TRAINING("enum.Step.CANDIDATE_TRAINING", false, Step.CANDIDATE_TRAINING),
    BRANCH_COMMITTEE_REVIEW(
        "enum.Step.BRANCH_COMMITTEE_REVIEW", false, Step.BRANCH_COMMITTEE_REVIEW),
    PRE_REVIEW("enum.Step.PRE_REVIEW", false, Step.PRE_REVIEW),
    APPLICATION_FORM("enum.Step.APPLICATION_FORM", false, Step.APPLICATION_FORM),
    ADMISSION_MEETING("enum.Step.ADMISSION_MEETING", false, Step.ADMISSION_MEETING),
    COMMITTEE_TALK("enum.Step.COMMITTEE_TALK", false, Step.COMMITTEE_TALK),
    ADMISSION_APPROVAL("enum.Step.ADMISSION_APPROVAL", false, Step.ADMISSION_APPROVAL),
    ADMISSION_FILED("enum.Step.ADMISSION_FILED", false, Step.ADMISSION_FILED),
    PLACED_IN_BRANCH("enum.Step.PLACED_IN_BRANCH", false, Step.PLACED_IN_BRANCH),
    OATH("enum.Step.OATH", false, Step.OATH),
    PROBATION_ASSESSMENT("enum.Step.PROBATION_ASSESSMENT", false, Step.PROBATION_ASSESSMENT),
    SHOULD_ATTEND("recruitment.sheet.shouldAttend", false, null),
    PRESENT("recruitment.sheet.present", false, null),
    VOTES_FOR("recruitment.sheet.votesFor", false, null),
    VOTES_AGAINST("recruitment.sheet.votesAgainst", false, null),
    ABSTENTIONS("recruitment.sheet.abstentions", false, null),
    MENTORS("recruitment.sheet.mentors", false, null),
    SPONSORS("recruitment.sheet.sponsors", false, null);

    final String key;
    final boolean required;
    final Step step;

    Column(String key, boolean required, Step step) {
      this.key = key;
      this.required = required;
      this.step = step;
    }

    @Override
    public String headerKey() {
      return key;
    }

    @Override
    public boolean required() {
      return required;
    }

    /** The step whose people a names column gives, or null. */
    Step namesPeopleOf() {
      return this == MENTORS
          ? Step.MENTORS_ASSIGNED
          : this == SPONSORS ? Step.SPONSORS_ASSIGNED : null;
    }

    static Column of(Step step) {
      for (Column c : values()) {
        if (c.step == step) {
          return c;
        }
      }
      return APPLICATION;
    }
  }

  static Education education(String v) {
    return ColumnSheet.choice(Education.class, v);
  }

  /** The dates of the steps the row gives, in the order of the rules; a wrong date is a problem. */
  static Map<Step, LocalDate> steps(int row, Map<Column, String> v, ImportProblems found) {
    Map<Step, LocalDate> steps = new EnumMap<>(Step.class);
    for (Column c : Column.values()) {
      if (c.step == null || v.getOrDefault(c, "").isEmpty()) {
        continue;
      }
      try {
        steps.put(c.step, SheetValues.date(v.get(c)));
      } catch (SheetValues.Unreadable e) {
        found.add(row, c.header(), e.key(), v.get(c));
      }
    }
    return steps;
  }

  /**
   * A count of the vote, or null when not given; a count that is not a whole number is a problem.
   */
  static Integer count(int row, Map<Column, String> v, Column c, ImportProblems found) {
    String typed = v.getOrDefault(c, "");
    if (typed.isEmpty()) {
      return null;
    }
    try {
      int n = new java.math.BigDecimal(typed).intValueExact();
      if (n >= 0) {
        return n;
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    found.add(row, c.header(), "recruitment.sheet.count", typed);
    return null;
  }
}
