package cn.dangjian.domain.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StudyYearTest {
  @Test
  void hoursGoToTheYearAndToTheQuarterOfTheDay() {
    StudyYear y = new StudyYear(7L, 2026);
    y.add(LocalDate.of(2026, 3, 31), new BigDecimal("2.5"));
    y.add(LocalDate.of(2026, 4, 1), new BigDecimal("1.0"));
    y.add(LocalDate.of(2026, 12, 31), new BigDecimal("4.0"));
    y.add(LocalDate.of(2026, 4, 1), new BigDecimal("-1.0")); // an entry removed

    assertEquals(new BigDecimal("6.5"), y.getHours());
    assertEquals(new BigDecimal("2.5"), y.getQuarter(1));
    assertEquals(0, y.getQuarter(2).signum());
    assertEquals(0, y.getQuarter(3).signum());
    assertEquals(new BigDecimal("4.0"), y.getQuarter(4));
    assertThrows(
        IllegalArgumentException.class, () -> y.add(LocalDate.of(2027, 1, 1), BigDecimal.ONE));
  }

  @Test
  void quartersOfTheCalendar() {
    assertEquals(1, StudyYear.quarterOf(LocalDate.of(2026, 1, 1)));
    assertEquals(2, StudyYear.quarterOf(LocalDate.of(2026, 6, 30)));
    assertEquals(3, StudyYear.quarterOf(LocalDate.of(2026, 7, 1)));
    assertEquals(4, StudyYear.quarterOf(LocalDate.of(2026, 10, 1)));
  }
}
