package cn.dangjian.domain.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0));

  private static ZonedDateTime at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 6, day, hour, minute, 0, 0, BEIJING);
  }

  @Test
  void acrossMidnightTheEveningAndTheEarlyMorningAreQuiet() {
    assertTrue(NIGHT.contains(LocalTime.of(22, 0)));
    assertTrue(NIGHT.contains(LocalTime.of(23, 59)));
    assertTrue(NIGHT.contains(LocalTime.of(0, 0)));
    assertTrue(NIGHT.contains(LocalTime.of(5, 59)));
    assertFalse(NIGHT.contains(LocalTime.of(6, 0)));
    assertFalse(NIGHT.contains(LocalTime.of(7, 0)));
    assertFalse(NIGHT.contains(LocalTime.of(21, 59)));
  }

  @Test
  void aMessageDueInTheEveningWaitsForTheNextMorningAndOneAfterMidnightTheSameMorning() {
    assertEquals(at(11, 6, 0), NIGHT.release(at(10, 23, 30)));
    assertEquals(at(11, 6, 0), NIGHT.release(at(11, 2, 15)));
    assertEquals(at(11, 7, 0), NIGHT.release(at(11, 7, 0)));
  }

  @Test
  void aDayShiftSleeperWithinOneDay() {
    QuietHours day = new QuietHours(LocalTime.of(9, 0), LocalTime.of(15, 0));
    assertTrue(day.contains(LocalTime.of(10, 0)));
    assertFalse(day.contains(LocalTime.of(15, 0)));
    assertFalse(day.contains(LocalTime.of(8, 59)));
    assertEquals(at(10, 15, 0), day.release(at(10, 10, 0)));
  }

  @Test
  void equalEndsMeanNoQuietHours() {
    QuietHours none = new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0));
    assertFalse(none.contains(LocalTime.of(8, 0)));
    assertEquals(at(10, 8, 0), none.release(at(10, 8, 0)));
  }
}
