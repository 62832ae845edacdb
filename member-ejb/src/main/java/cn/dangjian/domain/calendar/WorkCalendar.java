package cn.dangjian.domain.calendar;

import cn.dangjian.domain.shared.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place where the rules' dates are computed: calendar months clamped to the month's last
 * day, "at least N years" including the anniversary, and working days after the official calendar.
 * A working-day count that touches a year without a loaded calendar fails instead of guessing.
 */
public final class WorkCalendar {
  private final Map<LocalDate, DayKind> exceptions = new HashMap<>();
  private final Set<Integer> years;

  public WorkCalendar(Collection<Integer> knownYears, Collection<CalendarDay> days) {
    this.years = new TreeSet<>(knownYears);
    days.forEach(d -> exceptions.put(d.getDay(), d.getKind()));
  }

  /** Jan 31 + 1 month = Feb 28 (or 29). */
  public static LocalDate plusMonths(LocalDate date, int months) {
    return date.plusMonths(months);
  }

  /**
   * The first day on which "at least {@code years} years since {@code since}" holds (一年以上 includes
   * the anniversary).
   */
  public static LocalDate anniversary(LocalDate since, int years) {
    return since.plusYears(years);
  }

  public Set<Integer> years() {
    return Set.copyOf(years);
  }

  public boolean isWorkingDay(LocalDate day) {
    require(day.getYear());
    DayKind kind = exceptions.get(day);
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code
   * from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The day on which a period of {@code count} working days beginning on {@code from} is complete.
   */
  public LocalDate lastOfWorkingDays(LocalDate from, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    LocalDate d = from;
    int n = isWorkingDay(d) ? 1 : 0;
    while (n < count) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return d;
  }

  private void require(int year) {
    if (!years.contains(year)) {
      throw new DomainException("calendar.yearMissing", String.valueOf(year));
    }
  }
}
