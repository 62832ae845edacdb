package cn.dangjian.application.dues;

import cn.dangjian.domain.dues.PayMethod;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month's dues paid: whose, which month, how and when. */
public record PaymentData(
    @NotNull(message = "{dues.member.required}") Long memberId,
    @NotNull(message = "{dues.month.required}") YearMonth month,
    @NotNull(message = "{dues.method.required}") PayMethod method,
    @NotNull(message = "{dues.paidOn.invalid}") LocalDate paidOn)
    implements Serializable {}
