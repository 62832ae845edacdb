package cn.dangjian.domain.education;

import java.io.Serializable;
import java.math.BigDecimal;

/** One member's hours in a year, and whether a post makes their minimum the leaders' one. */
public record YearLine(
    Long memberId, String name, String organization, BigDecimal hours, boolean leader)
    implements Serializable {}
