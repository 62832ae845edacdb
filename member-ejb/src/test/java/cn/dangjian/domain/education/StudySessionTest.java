package cn.dangjian.domain.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudySessionTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private final Organization committee =
      new Organization("C1", "Committee", OrgKind.COMMITTEE, null, LocalDate.of(2000, 1, 1));
  private final Organization branch =
      new Organization("B1", "Branch", OrgKind.BRANCH, null, LocalDate.of(2000, 1, 1));

  {
    committee.placeUnder(null);
    branch.placeUnder(committee);
  }

  private StudySession held(Organization org, StudyMode mode, String hours, LocalDate on) {
    return new StudySession(org, mode, " 党章 ", on, null, new BigDecimal(hours), "", null);
  }

  @Test
  void eachLevelHoldsItsOwnModes() {
    assertEquals(
        StudyMode.CENTRAL_GROUP, held(committee, StudyMode.CENTRAL_GROUP, "2", TODAY).getMode());
    DomainException e =
        assertThrows(
            DomainException.class, () -> held(branch, StudyMode.CENTRAL_GROUP, "2", TODAY));
    assertEquals("study.mode.notForLevel", e.key());
    assertThrows(
        DomainException.class, () -> held(committee, StudyMode.OFFICE_HALF_HOUR, "0.5", TODAY));
    // half-hour study is the offices' (机关): a production branch does not hold it
    assertThrows(
        DomainException.class, () -> held(branch, StudyMode.OFFICE_HALF_HOUR, "0.5", TODAY));
    branch.markOffice(true);
    assertEquals(
        StudyMode.OFFICE_HALF_HOUR,
        held(branch, StudyMode.OFFICE_HALF_HOUR, "0.5", TODAY).getMode());
    branch.markOffice(false);
    assertThrows(
        DomainException.class, () -> held(committee, StudyMode.BRANCH_SCHEDULED, "1", TODAY));
    for (OrgKind k : OrgKind.values()) {
      assertTrue(StudyMode.EXPERT_LECTURE.heldBy(k, false));
    }
    assertEquals(
        "study.mode.lectureByRota",
        assertThrows(
                DomainException.class,
                () -> held(committee, StudyMode.SECRETARY_LECTURE, "2", TODAY))
            .key(),
        "a secretary's lecture comes from the rota");
  }

  @Test
  void aLectureOfTheRotaIsGivenInTurnByItsLecturer() {
    LectureRota rota = new LectureRota(committee);
    rota.follow(List.of(7L, 8L));
    StudySession l =
        StudySession.lecture(rota, 8L, "讲党课", TODAY, null, new BigDecimal("1.5"), null);
    assertEquals(StudyMode.SECRETARY_LECTURE, l.getMode());
    assertEquals(8L, l.getLecturerId());
    assertEquals(java.util.Optional.of(7L), rota.next());
    assertThrows(
        DomainException.class,
        () -> StudySession.lecture(rota, 8L, "再讲", TODAY, null, BigDecimal.ONE, null));
    assertThrows(
        ValidationException.class,
        () -> StudySession.lecture(rota, 7L, "太长", TODAY, null, BigDecimal.TEN, null));
    assertEquals(java.util.Optional.of(7L), rota.next(), "a refused lecture leaves the rota");
  }

  @Test
  void hoursAreBetweenAHalfAndEightWithOneDecimal() {
    assertEquals(
        new BigDecimal("8"), held(branch, StudyMode.BRANCH_SCHEDULED, "8", TODAY).getHours());
    assertEquals("党章", held(branch, StudyMode.BRANCH_SCHEDULED, "0.5", TODAY).getTopic());
    for (String bad : new String[] {"0", "-1", "8.5", "1.25"}) {
      assertThrows(
          ValidationException.class,
          () -> held(branch, StudyMode.BRANCH_SCHEDULED, bad, TODAY),
          bad);
    }
  }

  @Test
  void attendanceIsRecordedAfterTheDayAndAnExcuseGivesItsReason() {
    StudySession later = held(branch, StudyMode.BRANCH_SCHEDULED, "2", TODAY.plusDays(1));
    assertThrows(
        DomainException.class,
        () -> later.recordAttendance(List.of(new Attendance(1L, Presence.PRESENT, null)), TODAY));
    StudySession s = held(branch, StudyMode.BRANCH_SCHEDULED, "2", TODAY);
    assertThrows(
        ValidationException.class,
        () -> s.recordAttendance(List.of(new Attendance(1L, Presence.EXCUSED, " ")), TODAY));
    assertEquals(Set.of(), s.present(), "a refused sheet changes nothing");
    Set<Long> present =
        s.recordAttendance(
            List.of(
                new Attendance(1L, Presence.PRESENT, null),
                new Attendance(2L, Presence.EXCUSED, "井下当班"),
                new Attendance(3L, Presence.ABSENT, null)),
            TODAY);
    assertEquals(Set.of(1L), present);
    assertEquals(
        Set.of(3L),
        s.recordAttendance(List.of(new Attendance(3L, Presence.PRESENT, null)), TODAY),
        "a new sheet replaces the old");
  }

  @Test
  void theYearlyMinimumIs32And56AtItsBoundaries() {
    assertEquals(new BigDecimal("32"), YearlyMinimum.of(false));
    assertEquals(new BigDecimal("56"), YearlyMinimum.of(true));
    assertEquals(new BigDecimal("0.5"), YearlyMinimum.remaining(false, new BigDecimal("31.5")));
    assertEquals(BigDecimal.ZERO, YearlyMinimum.remaining(false, new BigDecimal("32")));
    assertEquals(BigDecimal.ZERO, YearlyMinimum.remaining(false, new BigDecimal("40")));
    assertEquals(new BigDecimal("24"), YearlyMinimum.remaining(true, new BigDecimal("32")));
    assertEquals(BigDecimal.ZERO, YearlyMinimum.remaining(true, new BigDecimal("56.0")));
  }
}
