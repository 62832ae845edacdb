package cn.dangjian.domain.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How often a kind of meeting is due: each month, each quarter, each year. */
public enum MeetingPeriod {
  MONTH(1, 7),
  QUARTER(3, 14),
  YEAR(12, 31);

  private final int months;
  private final int remindDays;

  MeetingPeriod(int months, int remindDays) {
    this.months = months;
    this.remindDays = remindDays;
  }

  /**
   * Whether the day falls in the last days of its period, when a meeting not yet held is recalled.
   */
  public boolean closing(LocalDate day) {
    return !day.plusDays(remindDays).isBefore(end(day));
  }

  /** The first day of the period holding the day. */
  public LocalDate start(LocalDate day) {
    int first = (day.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(day.getYear(), first, 1);
  }

  /** The last day of the period holding the day. */
  public LocalDate end(LocalDate day) {
    return YearMonth.from(start(day)).plusMonths(months - 1L).atEndOfMonth();
  }

  /** The period as people name it: 2026-06, 2026-Q2, 2026. */
  public String label(LocalDate day) {
    return switch (this) {
      case MONTH -> YearMonth.from(day).toString();
      case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(day.getYear());
    };
  }

  /** The first days of the year's periods. */
  public List<LocalDate> starts(int year) {
    List<LocalDate> starts = new ArrayList<>();
    for (int m = 1; m <= 12; m += months) {
      starts.add(LocalDate.of(year, m, 1));
    }
    return starts;
  }
}
