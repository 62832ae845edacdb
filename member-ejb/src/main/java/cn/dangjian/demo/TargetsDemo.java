package cn.dangjian.demo;

import cn.dangjian.domain.duty.SupervisionOrder;
import cn.dangjian.domain.duty.Target;
import cn.dangjian.domain.duty.TargetRepository;
import cn.dangjian.domain.duty.TargetTemplate;
import cn.dangjian.domain.duty.TargetText;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;

/**
 * The year's targets in company 1: its templates for branches and members, each production branch's
 * safety target taken from it with progress reported, dangyuan1's study target agreed on both
 * sides, and a supervision order on the second branch's lagging target.
 */
@ApplicationScoped
public class TargetsDemo implements DemoContributor {
  @Inject TargetRepository targets;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    LocalDate today = group.today();
    int year = today.getYear();
    DemoGroup.Company first = group.companies().get(0);
    Organization committee = em.find(Organization.class, first.committeeId());
    TargetTemplate safety = template(committee, false, "target.safety", words, year);
    TargetTemplate study = template(committee, true, "target.study", words, year);
    // progress on two days of the year, neither after today
    LocalDate early = max(LocalDate.of(year, 1, 1), today.minusMonths(4));
    LocalDate late = max(early, today.minusDays(7));
    List<Long> branches = first.productionBranchIds();
    for (int i = 0; i < branches.size() && i < 2; i++) {
      Organization branch = em.find(Organization.class, branches.get(i));
      Target t =
          new Target(branch, year, null, null, safety.getId(), safety.text(), false, "demo", early);
      t.report(early, 30, words.word("target.safety.progress.1"), "demo", today);
      t.report(
          late, i == 0 ? 90 : 50, words.word("target.safety.progress." + (i + 2)), "demo", today);
      targets.store(t);
      if (i == 1) {
        em.flush();
        Member responsible =
            em.createQuery(
                    "SELECT m FROM PartyMember m WHERE m.organization = :o ORDER BY m.id",
                    Member.class)
                .setParameter("o", branch)
                .setMaxResults(1)
                .getResultList()
                .get(0);
        targets.store(
            new SupervisionOrder(
                t,
                responsible.getId(),
                responsible.getName(),
                words.word("target.order"),
                today.plusDays(20),
                "demo",
                today));
      }
    }
    List<Member> demoMember =
        em.createQuery("SELECT m FROM PartyMember m WHERE m.account = 'dangyuan1'", Member.class)
            .getResultList();
    if (!demoMember.isEmpty()) {
      Member m = demoMember.get(0);
      Target t =
          new Target(
              m.getOrganization(),
              year,
              m.getId(),
              m.getName(),
              study.getId(),
              study.text(),
              false,
              "demo",
              early);
      t.agreeAsMember(early);
      t.report(late, 60, words.word("target.study.progress"), m.getName(), today);
      targets.store(t);
    }
  }

  private TargetTemplate template(
      Organization owner, boolean forMembers, String key, Vocabulary words, int year) {
    TargetTemplate t =
        new TargetTemplate(
            owner,
            year,
            forMembers,
            new TargetText(
                words.word(key), words.word(key + ".measure"), LocalDate.of(year, 12, 31), year),
            "demo");
    targets.store(t);
    em.flush();
    return t;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
