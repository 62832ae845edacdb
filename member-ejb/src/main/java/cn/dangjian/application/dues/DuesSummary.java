package cn.dangjian.application.dues;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A committee's month of dues by organization below it (its own members in a row of their own):
 * members who owe the month, what is due and what was received to the fen, how many paid and how
 * many not, how many have no base; the totals are the sums of the rows, and of the branch sheets.
 */
public record DuesSummary(
    Long organizationId, String organization, String month, List<Row> rows, Row total)
    implements Serializable {
  public record Row(
      Long organizationId,
      String organization,
      int members,
      BigDecimal due,
      BigDecimal paid,
      int paidCount,
      int unpaid,
      int withoutBase)
      implements Serializable {}
}
