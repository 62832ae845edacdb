package cn.dangjian.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Meetings due per kind and period, and what a recorded meeting must hold. */
class MeetingScheduleTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Organization BRANCH =
      new Organization("B1", "综采一队党支部", OrgKind.BRANCH, null, LocalDate.of(2000, 1, 1));

  private static Meeting held(MeetingKind kind, LocalDate on) {
    return new Meeting(
        BRANCH,
        kind,
        on,
        "学习",
        null,
        null,
        kind.creditsStudy() ? BigDecimal.valueOf(2) : null,
        null,
        TODAY,
        "shuji1",
        Instant.EPOCH);
  }

  private static Map<String, MeetingSchedule.State> states(
      MeetingKind kind, List<Meeting> meetings) {
    return MeetingSchedule.of(List.of(kind), meetings, 2026, TODAY).stream()
        .collect(Collectors.toMap(MeetingSchedule.Slot::period, MeetingSchedule.Slot::state));
  }

  @Test
  void periodsAreMonthsQuartersAndYearsWithTheirLastDays() {
    assertEquals(LocalDate.of(2024, 2, 29), MeetingPeriod.MONTH.end(LocalDate.of(2024, 2, 10)));
    assertEquals(LocalDate.of(2026, 4, 1), MeetingPeriod.QUARTER.start(LocalDate.of(2026, 6, 30)));
    assertEquals(LocalDate.of(2026, 12, 31), MeetingPeriod.QUARTER.end(LocalDate.of(2026, 10, 1)));
    assertEquals("2026-Q4", MeetingPeriod.QUARTER.label(LocalDate.of(2026, 12, 31)));
    assertEquals("2026-06", MeetingPeriod.MONTH.label(TODAY));
    assertEquals(12, MeetingPeriod.MONTH.starts(2026).size());
    assertEquals(4, MeetingPeriod.QUARTER.starts(2026).size());
  }

  @Test
  void aMonthlyKindIsOverdueForEachEndedMonthWithoutOneAndDueInTheCurrent() {
    Map<String, MeetingSchedule.State> s =
        states(
            MeetingKind.COMMITTEE_MEETING,
            List.of(
                held(MeetingKind.COMMITTEE_MEETING, LocalDate.of(2026, 1, 31)),
                held(MeetingKind.COMMITTEE_MEETING, LocalDate.of(2026, 3, 1)),
                held(MeetingKind.THEME_DAY, LocalDate.of(2026, 4, 15))));
    assertEquals(MeetingSchedule.State.HELD, s.get("2026-01"));
    assertEquals(MeetingSchedule.State.OVERDUE, s.get("2026-02"));
    assertEquals(MeetingSchedule.State.HELD, s.get("2026-03"));
    assertEquals(MeetingSchedule.State.OVERDUE, s.get("2026-04"), "another kind does not count");
    assertEquals(MeetingSchedule.State.DUE, s.get("2026-06"), "its last day is today");
    assertEquals(MeetingSchedule.State.AHEAD, s.get("2026-07"));
  }

  @Test
  void aQuarterlyAndAYearlyKind() {
    Map<String, MeetingSchedule.State> general =
        states(
            MeetingKind.GENERAL_MEETING,
            List.of(held(MeetingKind.GENERAL_MEETING, LocalDate.of(2026, 3, 31))));
    assertEquals(MeetingSchedule.State.HELD, general.get("2026-Q1"));
    assertEquals(MeetingSchedule.State.DUE, general.get("2026-Q2"));
    assertEquals(MeetingSchedule.State.AHEAD, general.get("2026-Q3"));
    assertEquals(
        MeetingSchedule.State.DUE, states(MeetingKind.PARTY_LESSON, List.of()).get("2026"));
  }

  @Test
  void aMeetingIsRecordedAfterwardsByTheOrganizationThatHoldsIt() {
    assertThrows(
        DomainException.class, () -> held(MeetingKind.GROUP_MEETING, LocalDate.of(2026, 6, 1)));
    ValidationException future =
        assertThrows(
            ValidationException.class, () -> held(MeetingKind.THEME_DAY, LocalDate.of(2026, 7, 1)));
    assertEquals("heldOn", future.violations().get(0).field());
    ValidationException noHours =
        assertThrows(
            ValidationException.class,
            () ->
                new Meeting(
                    BRANCH,
                    MeetingKind.PARTY_LESSON,
                    TODAY,
                    "党课",
                    null,
                    null,
                    null,
                    null,
                    TODAY,
                    "shuji1",
                    Instant.EPOCH));
    assertEquals("hours", noHours.violations().get(0).field());
  }

  @Test
  void aCorrectionIsCheckedLikeARecordAndKeepsWhoMadeIt() {
    Meeting m = held(MeetingKind.THEME_DAY, TODAY.minusDays(3));
    assertThrows(
        ValidationException.class,
        () ->
            m.correct(
                MeetingKind.PARTY_LESSON,
                TODAY.plusDays(1),
                " ",
                null,
                null,
                null,
                null,
                TODAY,
                "shuji1",
                Instant.EPOCH));
    assertThrows(
        DomainException.class,
        () ->
            m.correct(
                MeetingKind.GROUP_MEETING,
                TODAY,
                "x",
                null,
                null,
                null,
                null,
                TODAY,
                "shuji1",
                Instant.EPOCH),
        "a kind the branch does not hold");
    m.correct(
        MeetingKind.PARTY_LESSON,
        TODAY.minusDays(2),
        "党课：学习党章",
        null,
        "支部书记",
        BigDecimal.valueOf(3),
        null,
        TODAY,
        "gongsi1",
        Instant.EPOCH);
    assertEquals(MeetingKind.PARTY_LESSON, m.getKind());
    assertEquals(0, BigDecimal.valueOf(3).compareTo(m.getHours()));
    assertEquals("gongsi1", m.getCorrectedBy());
    assertEquals("shuji1", m.getRecordedBy());
  }

  @Test
  void attendanceIsTakenFromTheOrganizationsMembersEachOnce() {
    Meeting m = held(MeetingKind.THEME_DAY, TODAY);
    Set<Long> members = Set.of(1L, 2L, 3L);
    assertEquals(
        Set.of(1L),
        m.recordAttendance(
            List.of(
                new Attendance(1L, Presence.PRESENT, null),
                new Attendance(2L, Presence.EXCUSED, "井下当班"),
                new Attendance(3L, Presence.ABSENT, null)),
            members));
    assertThrows(
        ValidationException.class,
        () -> m.recordAttendance(List.of(new Attendance(9L, Presence.PRESENT, null)), members));
    assertThrows(
        ValidationException.class,
        () ->
            m.recordAttendance(
                List.of(
                    new Attendance(1L, Presence.PRESENT, null),
                    new Attendance(1L, Presence.ABSENT, null)),
                members));
    assertThrows(
        ValidationException.class,
        () -> m.recordAttendance(List.of(new Attendance(2L, Presence.EXCUSED, " ")), members));
  }
}
