package cn.dangjian.demo;

import cn.dangjian.domain.care.CareNeed;
import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.HelpKind;
import cn.dangjian.domain.care.HelpPair;
import cn.dangjian.domain.care.NeedKind;
import cn.dangjian.domain.care.Place;
import cn.dangjian.domain.care.PointMember;
import cn.dangjian.domain.care.ServicePoint;
import cn.dangjian.domain.care.ServiceStation;
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
 * Care in dangyuan1's branch: a member in hardship at home helped by dangyuan1 (一助一, with two helps
 * recorded), a member in hardship at work not yet paired, a member who is ill, and the Spring
 * Festival visits to them ({@link VisitDemo}).
 */
@ApplicationScoped
public class CareDemo implements DemoContributor {
  @Inject CareRepository care;
  @Inject VisitDemo visits;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    stations(group, words);
    pairs(group, words);
    em.flush();
    visits.contribute(group, words);
  }

  private void pairs(DemoGroup group, Vocabulary words) {
    List<Member> helpers =
        em.createQuery("SELECT m FROM PartyMember m WHERE m.account = 'dangyuan1'", Member.class)
            .getResultList();
    if (helpers.isEmpty()) {
      return; // a group generated without the demo accounts
    }
    Member helper = helpers.get(0);
    List<Member> others =
        em.createQuery(
                "SELECT m FROM PartyMember m WHERE m.organization = :o AND m.account IS NULL"
                    + " ORDER BY m.id DESC",
                Member.class)
            .setParameter("o", helper.getOrganization())
            .setMaxResults(3)
            .getResultList();
    if (others.size() < 3) {
      return;
    }
    LocalDate today = group.today();
    Member home = others.get(0);
    care.store(
        need(
            home,
            NeedKind.LIFE_HARDSHIP,
            today.minusMonths(3),
            words.word("care.life.note"),
            group));
    HelpPair pair =
        new HelpPair(
            helper,
            home,
            NeedKind.LIFE_HARDSHIP,
            today.minusMonths(3).plusDays(5),
            today,
            "demo",
            group.at());
    pair.record(
        today.minusMonths(2), HelpKind.VISIT, words.word("care.help.1"), helper.getName(), today);
    pair.record(
        today.minusWeeks(3), HelpKind.LIVING, words.word("care.help.2"), helper.getName(), today);
    care.store(pair);
    care.store(
        need(
            others.get(1),
            NeedKind.WORK_HARDSHIP,
            today.minusMonths(1),
            words.word("care.work.note"),
            group));
    care.store(need(others.get(2), NeedKind.ILL, today.minusMonths(6), null, group));
  }

  private void stations(DemoGroup group, Vocabulary words) {
    Organization committee = em.find(Organization.class, group.companies().get(0).committeeId());
    ServiceStation station =
        new ServiceStation(
            committee,
            new Place(words.word("care.station"), null, null, words.word("care.station.phone")),
            "demo",
            group.at());
    care.store(station);
    List<String> places = words.list("care.points");
    for (int i = 0; i < places.size(); i++) {
      String place = places.get(i);
      ServicePoint point =
          new ServicePoint(
              station, new Place(place + words.word("care.point.suffix"), null, null, null), place);
      care.store(point);
      if (i < 2) {
        em.flush(); // the point's id, for its members
        for (Member m : care.unassignedLivingIn(committee.getPath(), point.served(), true, 1000)) {
          care.store(new PointMember(m.getId(), point.getId(), group.today(), "demo"));
        }
      }
    }
  }

  private static CareNeed need(Member m, NeedKind kind, LocalDate since, String note, DemoGroup g) {
    return new CareNeed(m.getId(), kind, since, note, g.today(), "demo", g.at());
  }
}
