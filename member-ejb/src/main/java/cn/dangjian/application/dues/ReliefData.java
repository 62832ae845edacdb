package cn.dangjian.application.dues;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A branch's decision to reduce a member's dues to {@code amount} a month, or to exempt them (0),
 * from one month to another, with the reason and the day it decided.
 */
public record ReliefData(
    @NotNull(message = "{dues.member.required}") Long memberId,
    @NotNull(message = "{dues.month.required}") YearMonth from,
    @NotNull(message = "{dues.month.required}") YearMonth to,
    @NotNull(message = "{dues.relief.amount}") BigDecimal amount,
    @NotNull(message = "{dues.relief.reason}") String reason,
    @NotNull(message = "{dues.relief.decidedOn}") LocalDate decidedOn)
    implements Serializable {}
