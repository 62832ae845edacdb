package cn.dangjian.domain.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The monthly dues of a base (党费标准): in service 0.5% up to 3,000 yuan, 1% up to 5,000, 1.5% up to
 * 10,000, 2% above; retired 0.5% up to 5,000, 1% above; the upper bounds inclusive and the rate on
 * the whole base; 0.20 yuan fixed. Money in yuan with two decimals (fen), never floating point.
 */
public final class DuesRate {
  public static final BigDecimal FIXED_AMOUNT = new BigDecimal("0.20");
  private static final BigDecimal THREE_THOUSAND = new BigDecimal("3000");
  private static final BigDecimal FIVE_THOUSAND = new BigDecimal("5000");
  private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

  private DuesRate() {}

  /** The rate as a fraction (0.005 for 0.5%); none for the fixed amount. */
  public static BigDecimal rate(DuesKind kind, BigDecimal base) {
    return switch (kind) {
      case SALARY ->
          base.compareTo(THREE_THOUSAND) <= 0
              ? new BigDecimal("0.005")
              : base.compareTo(FIVE_THOUSAND) <= 0
                  ? new BigDecimal("0.01")
                  : base.compareTo(TEN_THOUSAND) <= 0
                      ? new BigDecimal("0.015")
                      : new BigDecimal("0.02");
      case PENSION ->
          base.compareTo(FIVE_THOUSAND) <= 0 ? new BigDecimal("0.005") : new BigDecimal("0.01");
      case FIXED -> BigDecimal.ZERO;
    };
  }

  /** The dues of a month, to the fen (half up). */
  public static BigDecimal monthly(DuesKind kind, BigDecimal base) {
    if (kind == DuesKind.FIXED) {
      return FIXED_AMOUNT;
    }
    return base.multiply(rate(kind, base)).setScale(2, RoundingMode.HALF_UP);
  }
}
