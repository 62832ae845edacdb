package cn.dangjian.application.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An organization's study hours for a year: its members' figures (how many, reached their minimum,
 * short of it, no hours at all), the same for each organization under it, and a page of its members
 * in name order. Counts per organization, never a ranking. The figures of a large organization come
 * from the tally, counted at {@code talliedAt} (null: counted for this answer).
 */
public record LedgerReport(
    Long organizationId,
    String organization,
    int year,
    Figures figures,
    List<Under> under,
    long total,
    int first,
    int max,
    List<LedgerRow> rows,
    Instant talliedAt)
    implements Serializable {

  public record Figures(long members, BigDecimal hours, long reached, long shortOf, long none)
      implements Serializable {}

  /** An organization directly under the reported one. */
  public record Under(Long organizationId, String organization, Figures figures)
      implements Serializable {}
}
