package cn.dangjian.application.transfer;

import cn.dangjian.domain.transfer.TransferKind;
import cn.dangjian.domain.transfer.TransferState;
import java.io.Serializable;
import java.time.LocalDate;

/** A transfer as the sending or receiving side sees it, with what the caller may do next. */
public record TransferView(
    Long id,
    TransferKind kind,
    TransferState state,
    Long memberId,
    String memberName,
    String fromOrganization,
    String toOrganization,
    String reason,
    LocalDate on,
    String letterNumber,
    LocalDate validUntil,
    LocalDate receiptDue,
    LocalDate receiptOn,
    boolean receiptOverdue,
    String decisionNote,
    boolean decidable,
    boolean cancellable,
    boolean receiptExpected)
    implements Serializable {}
