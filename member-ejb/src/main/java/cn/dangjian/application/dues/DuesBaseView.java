package cn.dangjian.application.dues;

import cn.dangjian.domain.dues.DuesKind;
import java.io.Serializable;
import java.math.BigDecimal;

/** A member's base for a year and the monthly dues it gives. */
public record DuesBaseView(
    Long memberId, int year, DuesKind kind, BigDecimal base, BigDecimal monthly)
    implements Serializable {}
