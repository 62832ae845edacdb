package cn.dangjian.demo;

import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.CareVisit;
import cn.dangjian.domain.care.Holiday;
import cn.dangjian.domain.care.VisitCampaign;
import cn.dangjian.domain.care.VisitReason;
import cn.dangjian.domain.care.VisitRepository;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Part of {@link CareDemo}, after the needs it names exist: company 1's coming Spring Festival
 * visits to its members in hardship, ill or living alone in dangyuan1's branch: dangyuan1 visits
 * two of them, one visit already recorded.
 */
@ApplicationScoped
public class VisitDemo {
  private static final int ELDERLY = 70;

  @Inject VisitRepository visits;
  @Inject CareRepository care;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  void contribute(DemoGroup group, Vocabulary words) {
    LocalDate today = group.today();
    LocalDate holiday =
        words.list("visit.springFestivals").stream()
            .map(LocalDate::parse)
            .filter(d -> d.isAfter(today) && !d.isAfter(today.plusYears(1)))
            .findFirst()
            .orElse(null);
    List<Member> visitor =
        em.createQuery("SELECT m FROM PartyMember m WHERE m.account = 'dangyuan1'", Member.class)
            .getResultList();
    if (holiday == null || visitor.isEmpty()) {
      return;
    }
    Organization committee = em.find(Organization.class, group.companies().get(0).committeeId());
    Set<VisitReason> rules =
        EnumSet.of(VisitReason.HARDSHIP, VisitReason.ILL, VisitReason.LIVING_ALONE);
    VisitCampaign c =
        new VisitCampaign(
            committee,
            words.word("visit.campaign"),
            Holiday.SPRING_FESTIVAL,
            holiday,
            rules,
            null,
            "demo",
            today);
    visits.store(c);
    Map<Long, Set<VisitReason>> named =
        visits.named(committee.getPath(), rules, holiday.minusYears(ELDERLY));
    Member helper = visitor.get(0);
    int assigned = 0;
    for (Member m : care.members(named.keySet()).values()) {
      CareVisit v = CareVisit.of(c, m, named.get(m.getId()));
      if (assigned < 2 && m.getOrganization().equals(helper.getOrganization())) {
        v.assign(helper.getId(), helper.getName());
        if (assigned == 0) {
          v.record(
              today,
              words.word("visit.found"),
              words.word("visit.given"),
              null,
              helper.getName(),
              today);
        }
        assigned++;
      }
      visits.store(v);
    }
  }
}
