package cn.dangjian.application.education;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage (全员): the members of an organization and those under it with no hours at all in a
 * period: how many, and the first of them in name order; for a large organization, from the tally
 * counted at {@code talliedAt}, how many in each organization directly under it instead of names (a
 * branch's names are a click away, never a list of thousands).
 */
public record LedgerCoverage(
    LocalDate from,
    LocalDate to,
    long count,
    List<LedgerRow> first,
    List<Under> under,
    Instant talliedAt)
    implements Serializable {

  /** An organization directly under the reported one: its members, and how many had no hours. */
  public record Under(Long organizationId, String organization, long members, long without)
      implements Serializable {}
}
