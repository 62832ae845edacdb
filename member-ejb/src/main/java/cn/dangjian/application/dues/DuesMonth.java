package cn.dangjian.application.dues;

import cn.dangjian.domain.dues.DuesKind;
import cn.dangjian.domain.dues.PayMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An organization's month of dues: per member the month's dues (none without a base for the year,
 * or before admission; an approved relief's amount where one covers the month: {@code relieved}),
 * the payment, and the months behind among the last six before it (those still payable); the totals
 * of what is owed and paid, to the fen. Months as ISO text (2026-06).
 */
public record DuesMonth(
    Long organizationId,
    String organization,
    String month,
    List<Row> rows,
    BigDecimal due,
    BigDecimal paid,
    int withoutBase)
    implements Serializable {
  public record Row(
      Long memberId,
      String name,
      DuesKind kind,
      BigDecimal base,
      BigDecimal due,
      BigDecimal paid,
      LocalDate paidOn,
      PayMethod method,
      List<String> behind,
      boolean relieved)
      implements Serializable {}
}
