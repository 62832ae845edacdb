package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
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

  protected StudyYear() {}

  public StudyYear(Long memberId, int year) {
    this.memberId = memberId;
    this.year = year;
    this.hours = BigDecimal.ZERO;
  }

  public void add(BigDecimal h) {
    hours = hours.add(h);
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
