package cn.dangjian.application.dues;

import cn.dangjian.domain.dues.ReliefStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A reduction or exemption as the branch and the approving level see it (months as 2026-06). */
public record ReliefView(
    Long id,
    Long memberId,
    String name,
    String from,
    String to,
    BigDecimal amount,
    boolean exemption,
    String reason,
    LocalDate decidedOn,
    ReliefStatus status,
    String requestedBy,
    String reviewedBy,
    String reviewNote)
    implements Serializable {}
