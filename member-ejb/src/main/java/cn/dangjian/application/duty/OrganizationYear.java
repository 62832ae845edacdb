package cn.dangjian.application.duty;

import java.io.Serializable;
import java.util.List;

/**
 * An organization's year: the templates offered to it, its own targets and its members', and its
 * recruitment plan with what has come of it (the seed ties the plan to the year-end evaluation).
 */
public record OrganizationYear(
    Long organizationId,
    String organizationName,
    int year,
    boolean assessesOrganization,
    List<TargetTemplateView> templates,
    List<TargetView> organizationTargets,
    List<TargetView> memberTargets,
    Plan plan)
    implements Serializable {

  /** The recruitment plan's quota and the admissions approved in the year; null when none. */
  public record Plan(int quota, long admitted, int completionPercent) implements Serializable {}
}
