package cn.dangjian.application.duty;

import cn.dangjian.domain.duty.TargetResult;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A target with its agreement, its progress ({@code reportable}: open to more), its orders and its
 * assessment.
 */
public record TargetView(
    Long id,
    Long organizationId,
    String organizationName,
    int year,
    Long memberId,
    String memberName,
    String title,
    String measure,
    LocalDate dueOn,
    String setBy,
    LocalDate memberAgreedOn,
    LocalDate secretaryAgreedOn,
    boolean agreed,
    boolean reportable,
    int percentDone,
    List<ProgressView> progress,
    TargetResult result,
    String evidence,
    LocalDate assessedOn,
    String assessedBy,
    List<OrderView> orders)
    implements Serializable {

  public record ProgressView(LocalDate on, int percent, String report, String by)
      implements Serializable {}
}
