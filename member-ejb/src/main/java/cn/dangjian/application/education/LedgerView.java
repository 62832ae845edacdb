package cn.dangjian.application.education;

import cn.dangjian.domain.education.StudySource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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

  /** The year's hours month by month, January first. */
  public List<BigDecimal> byMonth() {
    BigDecimal[] months = new BigDecimal[12];
    Arrays.fill(months, BigDecimal.ZERO);
    entries.forEach(
        e ->
            months[e.on().getMonthValue() - 1] = months[e.on().getMonthValue() - 1].add(e.hours()));
    return List.of(months);
  }
}
