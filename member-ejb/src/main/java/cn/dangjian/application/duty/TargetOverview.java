package cn.dangjian.application.duty;

import java.io.Serializable;
import java.util.List;

/**
 * A committee's year: for each branch of its subtree (in tree order, never ranked) its targets, how
 * many are agreed and assessed, its open and overdue orders; the branches without targets; the open
 * orders.
 */
public record TargetOverview(
    Long organizationId,
    String organizationName,
    int year,
    List<Row> branches,
    List<Row> without,
    List<OrderView> openOrders)
    implements Serializable {

  public record Row(
      Long id,
      String name,
      int organizationTargets,
      int memberTargets,
      int agreed,
      int assessed,
      int openOrders,
      int overdueOrders)
      implements Serializable {}
}
