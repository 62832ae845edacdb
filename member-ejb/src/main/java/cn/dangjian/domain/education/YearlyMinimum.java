package cn.dangjian.domain.education;

import java.math.BigDecimal;

/**
 * The hours a member studies in a year at least: 32, and 56 for branch secretaries and members of a
 * party committee or branch committee (RULES.md). A reminder of what remains, never a score.
 */
public final class YearlyMinimum {
  public static final BigDecimal MEMBER = BigDecimal.valueOf(32);
  public static final BigDecimal LEADER = BigDecimal.valueOf(56);

  private YearlyMinimum() {}

  public static BigDecimal of(boolean leader) {
    return leader ? LEADER : MEMBER;
  }

  /** What is still missing: zero once the minimum is reached. */
  public static BigDecimal remaining(boolean leader, BigDecimal studied) {
    BigDecimal left = of(leader).subtract(studied);
    return left.signum() > 0 ? left : BigDecimal.ZERO;
  }
}
