package cn.dangjian.demo;

import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.meeting.Meeting;
import cn.dangjian.domain.meeting.MeetingKind;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * A year of 三会一课 so far in each company's first production branches: the committee and the theme
 * party day monthly (the third branch missed two months, so a committee sees overdue periods), the
 * general meeting each quarter and the secretary's party lesson in spring, each with its
 * attendance.
 */
@ApplicationScoped
public class MeetingsDemo implements DemoContributor {
  private static final int BRANCHES = 3;

  @Inject StudyRepository studies;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    Random rnd = new Random(group.seed() + 13);
    LocalDate today = group.today();
    for (DemoGroup.Company company : group.companies()) {
      List<Long> branches = company.productionBranchIds().stream().limit(BRANCHES).toList();
      for (int b = 0; b < branches.size(); b++) {
        Organization branch = em.find(Organization.class, branches.get(b));
        List<Long> members =
            em.createQuery(
                    "SELECT m.id FROM PartyMember m WHERE m.organization = :o ORDER BY m.id",
                    Long.class)
                .setParameter("o", branch)
                .getResultList();
        for (int month = 1; month <= today.getMonthValue(); month++) {
          boolean missed = b == 2 && (month == 2 || month == 5);
          if (!missed) {
            hold(branch, MeetingKind.COMMITTEE_MEETING, month, 6, members, words, rnd, group);
            hold(branch, MeetingKind.THEME_DAY, month, 20, members, words, rnd, group);
          }
          if (month % 3 == 0) {
            hold(branch, MeetingKind.GENERAL_MEETING, month, 25, members, words, rnd, group);
          }
        }
        hold(branch, MeetingKind.PARTY_LESSON, 3, 28, members, words, rnd, group);
      }
    }
  }

  /** A meeting on the day of the month, if it has come, with who was there. */
  private void hold(
      Organization branch,
      MeetingKind kind,
      int month,
      int day,
      List<Long> members,
      Vocabulary words,
      Random rnd,
      DemoGroup group) {
    LocalDate on = LocalDate.of(group.today().getYear(), month, day);
    if (on.isAfter(group.today())) {
      return;
    }
    Meeting m =
        new Meeting(
            branch,
            kind,
            on,
            words.pick("meeting." + kind + ".topics", rnd),
            words.word("meeting.place"),
            kind.creditsStudy() ? words.word("study.speaker.branch") : null,
            kind.creditsStudy() ? new BigDecimal("2") : null,
            words.word("meeting.minutes"),
            group.today(),
            "demo",
            group.at());
    var present = m.recordAttendance(StudyDemo.sheet(members, words, rnd), new HashSet<>(members));
    em.persist(m);
    em.flush();
    if (kind.creditsStudy()) {
      studies.credit(StudySource.PARTY_LESSON, m.getId(), present, on, m.getHours(), m.getTopic());
    }
  }
}
