package cn.dangjian.application.recruitment;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.member.Education;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * Yearly plans (定计划) and sources (拓源头) within the caller's scope: quotas and responsibility
 * letters, completion counted from the approved admissions, and the year's source share against the
 * group's goal.
 */
@Local
public interface PlanService {
  PlanBoard board(int year);

  /**
   * At most {@code max} organizations the caller may set a plan for whose name or code contains
   * {@code text}: the group admin any committee or branch, a committee admin those under its
   * committee. Typed ahead: a group has thousands.
   */
  List<OrgNode> plannable(String text, int max);

  /**
   * Creates the year's plan of an organization, or changes it ({@code id} and {@code version}
   * given).
   */
  Long save(PlanData plan);

  /** Records the signed responsibility letter with its scan (PDF, JPEG or PNG). */
  void letterSigned(
      Long planId,
      int expectedVersion,
      LocalDate signedOn,
      String signedBy,
      String fileName,
      byte[] scan);

  /** The letter's scan: name, content type and bytes. */
  DocumentFile letter(Long planId);

  /** Changes the group's thresholds; for the group admin. */
  void changePolicy(
      int expectedVersion, Integer youngMaxAge, Education educatedFrom, Integer goalPercent);
}
