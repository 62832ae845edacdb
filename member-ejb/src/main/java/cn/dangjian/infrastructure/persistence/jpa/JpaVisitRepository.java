package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.care.CareVisit;
import cn.dangjian.domain.care.NeedKind;
import cn.dangjian.domain.care.VisitCampaign;
import cn.dangjian.domain.care.VisitReason;
import cn.dangjian.domain.care.VisitRepository;
import cn.dangjian.domain.member.Employment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaVisitRepository implements VisitRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(VisitCampaign c) {
    em.persist(c);
  }

  @Override
  public void store(CareVisit v) {
    em.persist(v);
  }

  private static VisitReason reasonOf(NeedKind k) {
    return switch (k) {
      case ILL -> VisitReason.ILL;
      case LIVING_ALONE -> VisitReason.LIVING_ALONE;
      default -> VisitReason.HARDSHIP;
    };
  }

  @Override
  public Map<Long, Set<VisitReason>> named(
      String path, Set<VisitReason> rules, LocalDate elderlyBornBy) {
    Map<Long, Set<VisitReason>> named = new HashMap<>();
    List<NeedKind> kinds = new ArrayList<>();
    for (NeedKind k : NeedKind.values()) {
      if (rules.contains(reasonOf(k))) {
        kinds.add(k);
      }
    }
    if (!kinds.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "SELECT n.memberId, n.kind FROM CareNeed n, PartyMember m WHERE m.id = n.memberId"
                      + " AND m.orgPath LIKE :p AND m.leftOn IS NULL AND n.endedOn IS NULL"
                      + " AND n.kind IN :k",
                  Object[].class)
              .setParameter("p", path + "%")
              .setParameter("k", kinds)
              .getResultList()) {
        add(named, (Long) r[0], reasonOf((NeedKind) r[1]));
      }
    }
    if (rules.contains(VisitReason.RETIRED)) {
      em.createQuery(
              "SELECT m.id FROM PartyMember m WHERE m.orgPath LIKE :p AND m.leftOn IS NULL"
                  + " AND m.employment = :r",
              Long.class)
          .setParameter("p", path + "%")
          .setParameter("r", Employment.RETIRED)
          .getResultList()
          .forEach(id -> add(named, id, VisitReason.RETIRED));
    }
    if (rules.contains(VisitReason.ELDERLY)) {
      em.createQuery(
              "SELECT m.id FROM PartyMember m WHERE m.orgPath LIKE :p AND m.leftOn IS NULL"
                  + " AND m.birthDate <= :b",
              Long.class)
          .setParameter("p", path + "%")
          .setParameter("b", elderlyBornBy)
          .getResultList()
          .forEach(id -> add(named, id, VisitReason.ELDERLY));
    }
    return named;
  }

  private static void add(Map<Long, Set<VisitReason>> named, Long id, VisitReason r) {
    named.computeIfAbsent(id, x -> EnumSet.noneOf(VisitReason.class)).add(r);
  }

  @Override
  public List<VisitCampaign> campaignsUnder(String path, int max) {
    return em.createQuery(
            "SELECT c FROM VisitCampaign c WHERE c.orgPath LIKE :p"
                + " ORDER BY c.holidayOn DESC, c.id DESC",
            VisitCampaign.class)
        .setParameter("p", path + "%")
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<VisitCampaign> campaignsOf(Collection<String> paths, int max) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM VisitCampaign c WHERE c.orgPath IN :p"
                + " ORDER BY c.holidayOn DESC, c.id DESC",
            VisitCampaign.class)
        .setParameter("p", paths)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<CareVisit> visits(Long campaignId) {
    return em.createQuery(
            "SELECT v FROM CareVisit v WHERE v.campaign.id = :c"
                + " ORDER BY v.orgPath, v.memberName, v.id",
            CareVisit.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  @Override
  public Optional<CareVisit> visit(Long campaignId, Long memberId) {
    return em.createQuery(
            "SELECT v FROM CareVisit v WHERE v.campaign.id = :c AND v.memberId = :m",
            CareVisit.class)
        .setParameter("c", campaignId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CareVisit> assignedTo(Long visitorId, LocalDate today) {
    return em.createQuery(
            "SELECT v FROM CareVisit v WHERE v.visitorId = :v AND v.campaign.holidayOn >= :d"
                + " ORDER BY v.campaign.holidayOn, v.memberName, v.id",
            CareVisit.class)
        .setParameter("v", visitorId)
        .setParameter("d", today.minusMonths(1))
        .getResultList();
  }
}
