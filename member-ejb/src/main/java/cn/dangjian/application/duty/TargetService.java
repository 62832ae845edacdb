package cn.dangjian.application.duty;

import java.util.List;

/**
 * 年初定目标, 年中抓督办, 年末评优劣 for organizations: templates written by the committees, targets set by the
 * branches for themselves and with their members (agreed by both), progress reported, supervision
 * orders on lagging targets (the responsible person told through the messages, and again once
 * overdue), and the year-end assessment of each target with its evidence. Nothing here ranks people
 * or branches.
 */
public interface TargetService {
  OrganizationYear year(Long organizationId, Integer year);

  TargetOverview overview(Long organizationId, Integer year);

  TargetTemplateView writeTemplate(TemplateData template);

  TargetView set(TargetData target);

  /** The caller's own target of the year (its member and organization ignored), for agreement. */
  TargetView propose(TargetData target);

  /** The caller agrees: as the member of their own target, or as their secretary. */
  TargetView agree(Long targetId);

  TargetView report(Long targetId, ProgressData progress);

  TargetView assess(Long targetId, AssessData assessment);

  OrderView issue(Long targetId, OrderData order);

  OrderView close(Long orderId, OutcomeData outcome);

  /** The caller's own targets of the year (this one when absent). */
  List<TargetView> mine(Integer year);

  /** Reminds the responsible people and committees of the orders overdue since yesterday, once. */
  int remindOverdue();
}
