package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * When a year's figures of every subtree ({@link SubtreeFigures}) were last counted. Counting
 * 100,000 members takes a second of the database; the reports of large organizations read the tally
 * and say when it was counted, and whoever finds it older than its age limit claims it (one server
 * at a time, in the database) and counts it again.
 */
@Entity
@Table(name = "study_tally")
public class StudyTally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How long a claim holds if the server that made it dies while counting. */
  public static final Duration CLAIM = Duration.ofMinutes(2);

  @Id
  @Column(name = "yr")
  private int year;

  @Column(name = "counted_at")
  private Instant countedAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected StudyTally() {}

  public StudyTally(int year) {
    this.year = year;
  }

  public Instant getCountedAt() {
    return countedAt;
  }

  /** Counted, and less than {@code maxAge} ago. */
  public boolean isFresh(Instant now, Duration maxAge) {
    return countedAt != null && countedAt.isAfter(now.minus(maxAge));
  }

  public void counted(Instant now) {
    countedAt = now;
    claimedUntil = null;
  }
}
