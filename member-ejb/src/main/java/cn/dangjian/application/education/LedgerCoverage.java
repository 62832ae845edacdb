package cn.dangjian.application.education;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage (全员): the members of an organization and those under it with no hours at all in a
 * period: how many (for a large organization, from the tally counted at {@code talliedAt}), and the
 * first of them in name order.
 */
public record LedgerCoverage(
    LocalDate from, LocalDate to, long count, List<LedgerRow> first, Instant talliedAt)
    implements Serializable {}
