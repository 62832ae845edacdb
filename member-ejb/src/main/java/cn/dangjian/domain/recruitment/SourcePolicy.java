package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The group's thresholds for the source goal: who counts as highly educated and as young, and the
 * share of new members the goal asks for. One row, kept by the group admin.
 */
@Entity
@Table(name = "source_policy")
public class SourcePolicy implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final long THE_POLICY = 1L;

  @Id private Long id = THE_POLICY;

  @Version private int version;

  /** Young: this age or under on the day of the admission meeting. */
  @Column(name = "young_max_age", nullable = false)
  private int youngMaxAge = 35;

  /** Highly educated: this level or above. */
  @Enumerated(EnumType.STRING)
  @Column(name = "educated_from", nullable = false, length = 20)
  private Education educatedFrom = Education.COLLEGE;

  @Column(name = "goal_percent", nullable = false)
  private int goalPercent = 75;

  public SourcePolicy() {}

  public static List<Violation> check(
      Integer youngMaxAge, Education educatedFrom, Integer goalPercent) {
    List<Violation> v = new ArrayList<>();
    if (youngMaxAge == null || youngMaxAge < RuleBook.MIN_AGE || youngMaxAge > 60) {
      v.add(new Violation("youngMaxAge", "source.youngMaxAge.range", RuleBook.MIN_AGE, 60));
    }
    if (educatedFrom == null) {
      v.add(new Violation("educatedFrom", "source.educatedFrom.required"));
    }
    if (goalPercent == null || goalPercent < 1 || goalPercent > 100) {
      v.add(new Violation("goalPercent", "source.goalPercent.range"));
    }
    return v;
  }

  public void change(int youngMaxAge, Education educatedFrom, int goalPercent) {
    this.youngMaxAge = youngMaxAge;
    this.educatedFrom = educatedFrom;
    this.goalPercent = goalPercent;
  }

  /** The sources a person counts under, their age taken on {@code on}. */
  public Set<Source> sourcesOf(
      boolean frontline,
      boolean technician,
      boolean teamLeader,
      Education education,
      LocalDate birthDate,
      LocalDate on) {
    Set<Source> s = EnumSet.noneOf(Source.class);
    if (frontline) {
      s.add(Source.FRONTLINE);
    }
    if (technician) {
      s.add(Source.TECHNICIAN);
    }
    if (teamLeader) {
      s.add(Source.TEAM_LEADER);
    }
    // Education lists the levels from the highest down
    if (education != null && education.ordinal() <= educatedFrom.ordinal()) {
      s.add(Source.HIGHLY_EDUCATED);
    }
    if (birthDate != null && Period.between(birthDate, on).getYears() <= youngMaxAge) {
      s.add(Source.YOUNG);
    }
    return s;
  }

  public Set<Source> sourcesOf(RecruitmentCase c, LocalDate on) {
    return sourcesOf(
        c.isFrontline(),
        c.isTechnician(),
        c.isTeamLeader(),
        c.getEducation(),
        c.getBirthDate(),
        on);
  }

  public int getVersion() {
    return version;
  }

  public int getYoungMaxAge() {
    return youngMaxAge;
  }

  public Education getEducatedFrom() {
    return educatedFrom;
  }

  public int getGoalPercent() {
    return goalPercent;
  }
}
