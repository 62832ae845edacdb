package cn.dangjian.demo;

import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.education.LectureRota;
import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.education.RotaSeat;
import cn.dangjian.domain.education.StudyMode;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of 五学 so far: each company committee's central group monthly and its cadre training
 * quarterly, its secretaries' lecture rota with a lecture each quarter, timed study monthly and an
 * expert lecture in its first production branches, each with the attendance an organizer would
 * record and the hours it credits.
 */
@ApplicationScoped
public class StudyDemo implements DemoContributor {
  private static final int BRANCHES = 3;

  @Inject StudyRepository studies;
  @Inject PositionRepository positions;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    Random rnd = new Random(group.seed() + 3);
    LocalDate today = group.today();
    for (DemoGroup.Company company : group.companies()) {
      Organization committee = em.find(Organization.class, company.committeeId());
      List<Long> leaders =
          em.createQuery(
                  "SELECT DISTINCT p.member.id FROM OrgPosition p WHERE p.organization = :o",
                  Long.class)
              .setParameter("o", committee)
              .getResultList();
      for (int month = 1; month <= today.getMonthValue(); month++) {
        hold(
            committee,
            StudyMode.CENTRAL_GROUP,
            "committee",
            month,
            10,
            "3",
            leaders,
            words,
            rnd,
            today);
        if (month % 3 == 0) {
          hold(
              committee,
              StudyMode.CADRE_TRAINING,
              "committee",
              month,
              18,
              "4",
              leaders,
              words,
              rnd,
              today);
        }
      }
      lectures(committee, words, rnd, today);
      for (Organization office :
          em.createQuery(
                  "SELECT o FROM Organization o WHERE o.parent = :c AND o.office = :yes",
                  Organization.class)
              .setParameter("c", committee)
              .setParameter("yes", true)
              .getResultList()) {
        List<Long> staff =
            em.createQuery(
                    "SELECT m.id FROM PartyMember m WHERE m.orgPath LIKE :p ORDER BY m.id",
                    Long.class)
                .setParameter("p", office.getPath() + "%")
                .getResultList();
        for (int month = 1; month <= today.getMonthValue(); month++) {
          hold(
              office,
              StudyMode.OFFICE_HALF_HOUR,
              "office",
              month,
              8,
              "0.5",
              staff,
              words,
              rnd,
              today);
        }
      }
      for (Long branchId : company.productionBranchIds().stream().limit(BRANCHES).toList()) {
        Organization branch = em.find(Organization.class, branchId);
        List<Long> members =
            em.createQuery(
                    "SELECT m.id FROM PartyMember m WHERE m.orgPath LIKE :p ORDER BY m.id",
                    Long.class)
                .setParameter("p", branch.getPath() + "%")
                .getResultList();
        for (int month = 1; month <= today.getMonthValue(); month++) {
          hold(
              branch,
              StudyMode.BRANCH_SCHEDULED,
              "branch",
              month,
              5,
              "2",
              members,
              words,
              rnd,
              today);
        }
        hold(branch, StudyMode.EXPERT_LECTURE, "expert", 4, 22, "2.5", members, words, rnd, today);
      }
    }
  }

  /** The committee's lecture rota and a lecture each quarter so far, its secretaries attending. */
  private void lectures(Organization committee, Vocabulary words, Random rnd, LocalDate today) {
    LectureRota rota = new LectureRota(committee);
    rota.follow(positions.branchSecretariesUnder(committee.getPath(), today));
    studies.store(rota);
    for (LocalDate on = LocalDate.of(today.getYear(), 3, 12);
        !on.isAfter(today) && rota.next().isPresent();
        on = on.plusMonths(3)) {
      List<Long> listeners = rota.getSeats().stream().map(RotaSeat::getMemberId).toList();
      StudySession s =
          StudySession.lecture(
              rota,
              rota.next().orElseThrow(),
              words.pick("study.SECRETARY_LECTURE.topics", rnd),
              on,
              null,
              new BigDecimal("1.5"),
              words.word("study.place.committee"));
      studies.store(s);
      em.flush();
      credit(s, sheet(listeners, words, rnd), today);
    }
  }

  /** One session on the day of the month, if it has come, with its attendance and credits. */
  private void hold(
      Organization org,
      StudyMode mode,
      String who,
      int month,
      int day,
      String hours,
      List<Long> expected,
      Vocabulary words,
      Random rnd,
      LocalDate today) {
    LocalDate on = LocalDate.of(today.getYear(), month, day);
    String place = words.word("study.place." + (who.equals("committee") ? "committee" : "branch"));
    StudySession s =
        new StudySession(
            org,
            mode,
            words.pick("study." + mode + ".topics", rnd),
            on,
            null,
            new BigDecimal(hours),
            words.word("study.speaker." + who),
            place);
    studies.store(s);
    em.flush();
    if (on.isAfter(today)) {
      return;
    }
    credit(s, sheet(expected, words, rnd), today);
  }

  /** As an organizer records it: most present, a few excused with a reason, some absent. */
  static List<Attendance> sheet(List<Long> expected, Vocabulary words, Random rnd) {
    List<Attendance> sheet = new ArrayList<>();
    for (Long m : expected) {
      int r = rnd.nextInt(100);
      sheet.add(
          r < 85
              ? new Attendance(m, Presence.PRESENT, null)
              : r < 95
                  ? new Attendance(m, Presence.EXCUSED, words.pick("study.excuses", rnd))
                  : new Attendance(m, Presence.ABSENT, null));
    }
    return sheet;
  }

  private void credit(StudySession s, List<Attendance> sheet, LocalDate today) {
    studies.credit(
        StudySource.SESSION,
        s.getId(),
        s.recordAttendance(sheet, today),
        s.getHeldOn(),
        s.getHours(),
        s.getTopic());
  }
}
