package cn.dangjian.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkCalendarTest {
  static final WorkCalendar SHIPPED = CalendarFile.shipped().calendar();

  @Test
  void shipsTheYearsPublished() {
    assertEquals(java.util.Set.of(2024, 2025, 2026), SHIPPED.years());
  }

  @ParameterizedTest(name = "{0} .. {1}: {2} working days")
  @CsvSource({
    // National Day 2026: Mon 28 Sep - Wed 30 Sep, holidays 1-7 Oct, Thu 8, Fri 9
    "2026-09-28, 2026-10-08, 4",
    "2026-09-28, 2026-10-09, 5",
    // Sunday 20 Sep 2026 is a 调休 working day; Saturday 10 Oct too
    "2026-09-20, 2026-09-24, 5",
    "2026-09-21, 2026-09-24, 4",
    "2026-10-10, 2026-10-10, 1",
    "2026-10-11, 2026-10-11, 0",
    // Spring Festival 2026: 15-23 Feb off, Sat 14 and Sat 28 Feb worked
    "2026-02-13, 2026-02-24, 3",
    "2026-02-24, 2026-02-28, 5",
    "2026-03-02, 2026-02-27, 0"
  })
  void countsWorkingDaysAfterTheOfficialCalendar(LocalDate from, LocalDate to, int expected) {
    assertEquals(expected, SHIPPED.workingDaysBetween(from, to));
  }

  @ParameterizedTest(name = "{1} working days from {0} end on {2}")
  @CsvSource({
    "2026-09-28, 5, 2026-10-09",
    "2026-09-28, 3, 2026-09-30",
    "2026-10-01, 1, 2026-10-08",
    "2026-09-19, 1, 2026-09-20",
    "2025-12-29, 5, 2026-01-05"
  })
  void findsTheLastDayOfAPeriod(LocalDate from, int count, LocalDate expected) {
    assertEquals(expected, SHIPPED.lastOfWorkingDays(from, count));
  }

  @Test
  void aYearWithoutCalendarIsAnErrorNotAGuess() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> SHIPPED.workingDaysBetween(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5)));
    assertEquals("calendar.yearMissing", e.key());
    assertEquals("2027", e.args()[0]);
    assertThrows(
        DomainException.class, () -> SHIPPED.lastOfWorkingDays(LocalDate.of(2026, 12, 30), 5));
    assertThrows(DomainException.class, () -> SHIPPED.isWorkingDay(LocalDate.of(2023, 6, 1)));
  }

  @ParameterizedTest(name = "{0} + {1} month(s) = {2}")
  @CsvSource({
    "2026-01-31, 1, 2026-02-28",
    "2024-01-31, 1, 2024-02-29",
    "2026-03-31, 1, 2026-04-30",
    "2026-08-31, 6, 2027-02-28",
    "2026-05-15, 1, 2026-06-15",
    "2026-11-30, 3, 2027-02-28"
  })
  void calendarMonthsClampToTheMonthsLastDay(LocalDate from, int months, LocalDate expected) {
    assertEquals(expected, WorkCalendar.plusMonths(from, months));
  }

  @ParameterizedTest(name = "one year from {0} is reached on {1}")
  @CsvSource({"2025-03-02, 2026-03-02", "2024-02-29, 2025-02-28"})
  void atLeastAYearIncludesTheAnniversary(LocalDate since, LocalDate anniversary) {
    assertEquals(anniversary, WorkCalendar.anniversary(since, 1));
  }

  @Test
  void aBadFileIsRefusedWholeWithLineNumbers() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                CalendarFile.read(
                    new StringReader(
                        "date,kind,name\n2027-01-01,HOLIDAY,New Year\n2027-13-01,HOLIDAY,x\n2027-01-02,DAYOFF,y\n2027-01-01,WORKDAY,z\n2027-02-01\n")));
    assertEquals(4, e.violations().size());
    assertEquals("calendar.file.value", e.violations().get(0).key());
    assertEquals(3, e.violations().get(0).args().get(0));
    assertEquals("calendar.file.repeated", e.violations().get(2).key());
    assertEquals("calendar.file.columns", e.violations().get(3).key());
    ValidationException empty =
        assertThrows(
            ValidationException.class, () -> CalendarFile.read(new StringReader("# nothing\n")));
    assertEquals("calendar.file.empty", empty.violations().get(0).key());
  }

  @Test
  void aNewYearsFileAddsThatYear() {
    CalendarFile.Contents c =
        CalendarFile.read(new StringReader("\uFEFF2027-01-01,holiday,New Year\n"));
    WorkCalendar cal = new WorkCalendar(c.years(), c.days());
    assertTrue(cal.years().contains(2027));
    assertEquals(0, cal.workingDaysBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3)));
  }
}
