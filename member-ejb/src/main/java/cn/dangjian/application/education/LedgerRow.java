package cn.dangjian.application.education;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One member in an organization's yearly hours report, in name order: what they studied, their
 * minimum and what is still missing. Never ranked.
 */
public record LedgerRow(
    Long memberId,
    String name,
    String organization,
    BigDecimal studied,
    BigDecimal minimum,
    BigDecimal remaining)
    implements Serializable {}
