package cn.dangjian.domain.recruitment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.Applicant;
import cn.dangjian.domain.recruitment.Cases;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingClassTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  final Ids ids = new Ids(100);
  Organization committee;
  Organization branch;
  TrainingClass candidates;

  @BeforeEach
  void setUp() {
    committee =
        withId(
            new Organization("C1", "Committee", OrgKind.COMMITTEE, null, LocalDate.of(2000, 1, 1)));
    committee.placeUnder(null);
    branch =
        withId(
            new Organization("B1", "Branch", OrgKind.BRANCH, committee, LocalDate.of(2000, 1, 1)));
    branch.placeUnder(committee);
    candidates =
        withId(
            new TrainingClass(
                committee,
                " Candidates 2026 ",
                Audience.CANDIDATE,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 10),
                60));
  }

  @Test
  void classNeedsTitleAudienceOrderedPeriodAndPassMark() {
    assertEquals(
        List.of(
            "training.title", "training.audience", "training.period.order", "training.passMark"),
        keys(
            TrainingClass.check(
                " ", null, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1), 101)));
    assertEquals(
        List.of("training.period.order"),
        keys(
            TrainingClass.check(
                "T",
                Audience.ACTIVIST,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 1).plusDays(TrainingClass.MAX_DAYS + 1),
                60)));
    assertEquals(
        List.of(),
        keys(
            TrainingClass.check(
                "T",
                Audience.ACTIVIST,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 1).plusDays(TrainingClass.MAX_DAYS),
                60)));
    assertEquals("Candidates 2026", candidates.getTitle());
    assertEquals(2026, candidates.getYear());
  }

  @Test
  void sessionsLieInThePeriodWithSensibleHours() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> candidates.addSession(LocalDate.of(2026, 5, 31), BigDecimal.ZERO, " ", null));
    assertEquals(
        List.of("training.session.day", "training.session.hours", "training.session.topic"),
        keys(e.violations()));
    assertThrows(
        ValidationException.class,
        () -> candidates.addSession(LocalDate.of(2026, 6, 11), hours("1"), "t", null));
    assertThrows(
        ValidationException.class,
        () -> candidates.addSession(LocalDate.of(2026, 6, 1), hours("12.5"), "t", null));
    assertThrows(
        ValidationException.class,
        () -> candidates.addSession(LocalDate.of(2026, 6, 1), hours("1.25"), "t", null));
    candidates.addSession(LocalDate.of(2026, 6, 10), hours("12"), "last day", null);
    candidates.addSession(LocalDate.of(2026, 6, 1), hours("0.5"), "first day", "Li");
    assertEquals(LocalDate.of(2026, 6, 1), candidates.getSessions().get(0).getHeldOn());
    assertEquals(hours("12.5"), candidates.totalHours());
  }

  @Test
  void threeDaysOrTwentyFourHoursAndAPassedExamGiveTheCertificate() {
    Enrolment threeDays = candidates.enrol(candidate());
    Enrolment longDays = candidates.enrol(candidate());
    Enrolment short_ = candidates.enrol(candidate());
    assignIds(candidates.getEnrolments());
    Long d1 = session(1, "8");
    Long d2 = session(2, "8");
    Long d2b = session(2, "7.5");
    Long d3 = session(3, "4");
    candidates.attendance(d1, Set.of(threeDays.getId(), longDays.getId(), short_.getId()), TODAY);
    candidates.attendance(d2, Set.of(threeDays.getId(), longDays.getId(), short_.getId()), TODAY);
    candidates.attendance(d2b, Set.of(longDays.getId(), short_.getId()), TODAY);
    candidates.attendance(d3, Set.of(threeDays.getId()), TODAY);
    // 3 days and 20 hours; 2 days and 23.5 hours: one day and half an hour short
    assertEquals(3, threeDays.days());
    assertEquals(hours("20"), threeDays.hours());
    assertEquals(2, short_.days());
    assertEquals(hours("23.5"), short_.hours());
    assertEquals(List.of("training.certificate.noExam"), keys(threeDays.missing()));
    assertEquals(
        List.of("training.certificate.hours", "training.certificate.noExam"),
        keys(short_.missing()));
    assertEquals(List.of(2, "23.5", 3, 24), short_.missing().get(0).args());
    // half an hour more on day 2 makes 24 hours in 2 days
    Long d2c = session(2, "0.5");
    candidates.attendance(d2c, Set.of(longDays.getId()), TODAY);
    assertEquals(hours("24.0"), longDays.hours());

    candidates.exam(threeDays.getId(), 59);
    assertEquals(List.of("training.certificate.failed"), keys(threeDays.missing()));
    assertEquals(List.of(59, 60), threeDays.missing().get(0).args());
    candidates.exam(threeDays.getId(), 60);
    candidates.exam(longDays.getId(), 100);
    assertThrows(ValidationException.class, () -> candidates.exam(short_.getId(), 101));
    assertThrows(ValidationException.class, () -> candidates.exam(short_.getId(), -1));

    ValidationException early =
        assertThrows(
            ValidationException.class,
            () -> candidates.certify(threeDays.getId(), LocalDate.of(2026, 6, 2)));
    assertEquals(List.of("training.certificate.date"), keys(early.violations()));
    assertEquals(
        "2026-" + candidates.getId() + "-001",
        candidates.certify(threeDays.getId(), LocalDate.of(2026, 6, 3)).getCertificateNo());
    assertEquals(
        "2026-" + candidates.getId() + "-002",
        candidates.certify(longDays.getId(), LocalDate.of(2026, 6, 10)).getCertificateNo());
    ValidationException refused =
        assertThrows(
            ValidationException.class,
            () -> candidates.certify(short_.getId(), LocalDate.of(2026, 6, 10)));
    assertEquals(
        List.of("training.certificate.hours", "training.certificate.noExam"),
        keys(refused.violations()));

    // a certificate closes the record: attendance and exam stay as certified
    DomainException closed =
        assertThrows(DomainException.class, () -> candidates.attendance(d3, Set.of(), TODAY));
    assertEquals("training.certified", closed.key());
    assertEquals(3, threeDays.days());
    assertThrows(DomainException.class, () -> candidates.exam(threeDays.getId(), 90));
    assertThrows(
        DomainException.class,
        () -> candidates.certify(threeDays.getId(), LocalDate.of(2026, 6, 10)));
  }

  @Test
  void attendanceOnlyForSessionsThatTookPlace() {
    Enrolment e = candidates.enrol(candidate());
    assignIds(candidates.getEnrolments());
    Long later = session(10, "2");
    DomainException notHeld =
        assertThrows(
            DomainException.class,
            () -> candidates.attendance(later, Set.of(e.getId()), LocalDate.of(2026, 6, 9)));
    assertEquals("training.session.notHeld", notHeld.key());
    candidates.attendance(later, Set.of(e.getId()), LocalDate.of(2026, 6, 10));
    assertEquals(1, e.days());
    candidates.attendance(later, Set.of(), LocalDate.of(2026, 6, 10));
    assertEquals(0, e.days());
    assertEquals(
        "training.session.unknown",
        assertThrows(DomainException.class, () -> candidates.attendance(999L, Set.of(), TODAY))
            .key());
  }

  @Test
  void onlyOpenCasesOfTheAudienceUnderTheCommitteeEnrolOnce() {
    RecruitmentCase activist = applicant();
    Cases.reach(activist, StepRecord.on(Step.ACTIVIST_DECIDED, LocalDate.of(2025, 1, 1)));
    assertEquals(
        "training.enrol.audience",
        assertThrows(DomainException.class, () -> candidates.enrol(activist)).key());
    RecruitmentCase c = candidate();
    candidates.enrol(c);
    assignIds(candidates.getEnrolments());
    assertThrows(ConflictException.class, () -> candidates.enrol(c));
    RecruitmentCase elsewhere = candidate();
    Organization other =
        withId(new Organization("C2", "Other", OrgKind.COMMITTEE, null, LocalDate.of(2000, 1, 1)));
    other.placeUnder(null);
    elsewhere.moveTo(other);
    assertThrows(DomainException.class, () -> candidates.enrol(elsewhere));

    TrainingClass activists =
        withId(
            new TrainingClass(
                committee,
                "Activists",
                Audience.ACTIVIST,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 3),
                60));
    Enrolment a = activists.enrol(activist);
    assertEquals(
        List.of("training.certificate.attendance", "training.certificate.noExam"),
        keys(a.missing()));
  }

  // --- helpers ------------------------------------------------------------------------------

  private Long session(int day, String h) {
    TrainingSession s =
        candidates.addSession(LocalDate.of(2026, 6, day), hours(h), "topic " + day, null);
    return withId(s).getId();
  }

  private RecruitmentCase applicant() {
    RecruitmentCase c =
        new RecruitmentCase(
            new Applicant(
                "Zhang",
                Sex.MALE,
                "140202199001011234",
                "Han",
                LocalDate.of(1990, 1, 1),
                Education.UNIVERSITY,
                null,
                null,
                true,
                false,
                false,
                LocalDate.of(2024, 1, 1)),
            branch);
    return withId(c);
  }

  private RecruitmentCase candidate() {
    RecruitmentCase c = applicant();
    Cases.reach(c, StepRecord.on(Step.ACTIVIST_DECIDED, LocalDate.of(2024, 3, 1)));
    Cases.reach(c, StepRecord.on(Step.CANDIDATE_DECIDED, LocalDate.of(2025, 3, 1)));
    return c;
  }

  private void assignIds(List<Enrolment> enrolments) {
    enrolments.stream().filter(e -> e.getId() == null).forEach(this::withId);
  }

  private <T> T withId(T entity) {
    return ids.assign(entity);
  }

  private static BigDecimal hours(String h) {
    return new BigDecimal(h);
  }

  private static List<String> keys(List<Violation> v) {
    return v.stream().map(Violation::key).toList();
  }
}
