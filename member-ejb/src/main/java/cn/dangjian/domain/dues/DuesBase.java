package cn.dangjian.domain.dues;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A member's dues base for a year (set yearly by the branch, or from the payroll) and the monthly
 * dues it gives; one per member and year.
 */
@Entity
@Table(name = "dues_base")
public class DuesBase implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A month's pay or pension above this is taken for a typing error. */
  public static final BigDecimal MAX_BASE = new BigDecimal("1000000");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "dues_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DuesKind kind;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal base;

  /** The dues as assessed when the base was set: kept, so that later rules do not rewrite them. */
  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal monthly;

  @Column(name = "set_by", nullable = false, length = 100)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected DuesBase() {}

  public DuesBase(Long memberId, int year, DuesKind kind, BigDecimal base, String by, Instant at) {
    this.memberId = memberId;
    this.year = year;
    set(kind, base, by, at);
  }

  /** A new base for the year (a pay rise, a correction); the dues follow. */
  public void set(DuesKind kind, BigDecimal base, String by, Instant at) {
    if (!valid(kind, base)) {
      throw new ValidationException(List.of(new Violation("base", "dues.base.invalid")));
    }
    this.kind = kind;
    this.base =
        kind == DuesKind.FIXED && base == null ? BigDecimal.ZERO.setScale(2) : base.setScale(2);
    this.monthly = DuesRate.monthly(kind, this.base);
    this.setBy = by;
    this.setAt = at;
  }

  /** Whether a base may be set: yuan and fen from 0 to {@link #MAX_BASE}; none needed for FIXED. */
  public static boolean valid(DuesKind kind, BigDecimal base) {
    if (kind == DuesKind.FIXED && base == null) {
      return true;
    }
    return base != null
        && base.signum() >= 0
        && base.compareTo(MAX_BASE) <= 0
        && base.stripTrailingZeros().scale() <= 2;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public int getYear() {
    return year;
  }

  public DuesKind getKind() {
    return kind;
  }

  public BigDecimal getBase() {
    return base;
  }

  public BigDecimal getMonthly() {
    return monthly;
  }
}
