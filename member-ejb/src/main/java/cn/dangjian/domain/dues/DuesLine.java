package cn.dangjian.domain.dues;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One member or one payment as an organization's dues summary counts them: whose, where, and the
 * admission date (a member) or the amount (a payment).
 */
public record DuesLine(
    Long memberId, Long organizationId, String orgPath, LocalDate joinDate, BigDecimal amount) {
  /** A member who may owe. */
  public DuesLine(Long memberId, Long organizationId, String orgPath, LocalDate joinDate) {
    this(memberId, organizationId, orgPath, joinDate, null);
  }

  /** A payment, in the organization it was recorded in. */
  public DuesLine(Long memberId, Long organizationId, String orgPath, BigDecimal amount) {
    this(memberId, organizationId, orgPath, null, amount);
  }
}
