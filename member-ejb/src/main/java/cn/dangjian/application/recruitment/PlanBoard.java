package cn.dangjian.application.recruitment;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.recruitment.SourceShare;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's plans in scope with their completion, and the source share of the year's new members.
 */
public record PlanBoard(int year, SourceShare share, List<Row> plans, Policy policy)
    implements Serializable {

  /** A plan and what has come of it: admissions approved in the year under the organization. */
  public record Row(
      Long id,
      int version,
      Long organizationId,
      String organization,
      OrgKind kind,
      int quota,
      long admitted,
      SourceShare share,
      String note,
      LocalDate letterSignedOn,
      String letterSignedBy,
      boolean hasLetter)
      implements Serializable {

    /** Whole per cent of the quota, rounded down; a quota of 0 is complete. */
    public int completionPercent() {
      return quota == 0 ? 100 : (int) (admitted * 100 / quota);
    }
  }

  public record Policy(int version, int youngMaxAge, Education educatedFrom, int goalPercent)
      implements Serializable {}
}
