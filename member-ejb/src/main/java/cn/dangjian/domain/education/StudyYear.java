package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member's hours in one year: the sum of their ledger entries dated in it, kept with every entry
 * made or removed, so that a report of 100,000 members reads one row each instead of ten years of
 * entries.
 */
@Entity
@Table(name = "study_year")
@IdClass(StudyYear.Key.class)
public class StudyYear implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Id
  @Column(name = "yr")
  private int year;

  @Column(nullable = false, precision = 7, scale = 1)
  private BigDecimal hours;

  // the year's hours by quarter: a quarter's coverage reads one row per member
  @Column(nullable = false, precision = 7, scale = 1)
  private BigDecimal q1 = BigDecimal.ZERO;

  @Column(nullable = false, precision = 7, scale = 1)
  private BigDecimal q2 = BigDecimal.ZERO;

  @Column(nullable = false, precision = 7, scale = 1)
  private BigDecimal q3 = BigDecimal.ZERO;

  @Column(nullable = false, precision = 7, scale = 1)
  private BigDecimal q4 = BigDecimal.ZERO;

  protected StudyYear() {}

  public StudyYear(Long memberId, int year) {
    this.memberId = memberId;
    this.year = year;
    this.hours = BigDecimal.ZERO;
  }

  /** Hours studied on a day of this year (negative: an entry removed). */
  public void add(LocalDate on, BigDecimal h) {
    if (on.getYear() != year) {
      throw new IllegalArgumentException(on + " is not in " + year);
    }
    hours = hours.add(h);
    switch (quarterOf(on)) {
      case 1 -> q1 = q1.add(h);
      case 2 -> q2 = q2.add(h);
      case 3 -> q3 = q3.add(h);
      default -> q4 = q4.add(h);
    }
  }

  public static int quarterOf(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 + 1;
  }

  public BigDecimal getQuarter(int quarter) {
    return switch (quarter) {
      case 1 -> q1;
      case 2 -> q2;
      case 3 -> q3;
      case 4 -> q4;
      default -> throw new IllegalArgumentException("quarter " + quarter);
    };
  }

  public BigDecimal getHours() {
    return hours;
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long memberId;
    private int year;

    public Key() {}

    public Key(Long memberId, int year) {
      this.memberId = memberId;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(memberId, k.memberId) && year == k.year;
    }

    @Override
    public int hashCode() {
      return Objects.hash(memberId, year);
    }
  }
}
