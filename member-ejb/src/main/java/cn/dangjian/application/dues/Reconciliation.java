package cn.dangjian.application.dues;

import cn.dangjian.application.shared.sheet.ImportReport;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A bank or payroll statement checked against what is due: each row's outcome, and the members who
 * owe one of the statement's months but are not in it. A row that matches is recorded as paid
 * (unless only previewed); any other is listed and left for the branch. {@code problems} when the
 * file itself could not be read (nothing checked then).
 */
public record Reconciliation(
    boolean preview,
    int rows,
    int matched,
    BigDecimal matchedAmount,
    List<Line> lines,
    List<Missing> missing,
    ImportReport problems)
    implements Serializable {

  /** What became of a statement row. */
  public enum Outcome {
    MATCHED,
    DIFFERS,
    ALREADY_PAID,
    REFUSED,
    UNKNOWN
  }

  /** A row: whose, which month, the amount on the statement and the month's dues. */
  public record Line(
      int row,
      String name,
      String month,
      BigDecimal amount,
      BigDecimal due,
      Outcome outcome,
      String key,
      List<Object> args)
      implements Serializable {}

  /** A member owing a month of the statement and not in it. */
  public record Missing(Long memberId, String name, String month, BigDecimal due)
      implements Serializable {}
}
