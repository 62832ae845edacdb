package cn.dangjian.application.education;

import cn.dangjian.domain.education.StudySource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member's study ledger for a year: every entry, the total, the minimum and what remains. */
public record LedgerView(
    Long memberId,
    String name,
    int year,
    BigDecimal studied,
    BigDecimal minimum,
    BigDecimal remaining,
    List<Entry> entries)
    implements Serializable {

  public record Entry(LocalDate on, StudySource source, String title, BigDecimal hours)
      implements Serializable {}
}
