package cn.dangjian.application.dues;

import cn.dangjian.domain.dues.DuesKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** A member's dues base for a year: pay or pension after tax in yuan (none for the fixed 0.20). */
public record DuesBaseData(
    @NotNull(message = "{dues.member.required}") Long memberId,
    @NotNull(message = "{dues.year.required}")
        @Min(value = 2000, message = "{dues.year.required}")
        @Max(value = 2100, message = "{dues.year.required}")
        Integer year,
    @NotNull(message = "{dues.kind.required}") DuesKind kind,
    BigDecimal base)
    implements Serializable {}
