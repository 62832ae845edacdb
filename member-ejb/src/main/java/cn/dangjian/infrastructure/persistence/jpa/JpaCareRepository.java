package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.care.CareNeed;
import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.HelpPair;
import cn.dangjian.domain.care.NeedKind;
import cn.dangjian.domain.care.PointMember;
import cn.dangjian.domain.care.ServicePoint;
import cn.dangjian.domain.care.ServiceStation;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCareRepository implements CareRepository {
  private static final List<NeedKind> HARDSHIPS =
      List.of(NeedKind.WORK_HARDSHIP, NeedKind.LIFE_HARDSHIP, NeedKind.SKILLS_HARDSHIP);

  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(CareNeed need) {
    em.persist(need);
  }

  @Override
  public void store(HelpPair pair) {
    em.persist(pair);
  }

  @Override
  public List<CareNeed> needsUnder(String path, boolean openOnly, int max) {
    return em.createQuery(
            "SELECT n FROM CareNeed n, PartyMember m WHERE m.id = n.memberId"
                + " AND m.orgPath LIKE :path AND m.leftOn IS NULL"
                + (openOnly ? " AND n.endedOn IS NULL" : "")
                + " ORDER BY n.since DESC, n.id",
            CareNeed.class)
        .setParameter("path", path + "%")
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<CareNeed> needsOf(Long memberId) {
    return em.createQuery(
            "SELECT n FROM CareNeed n WHERE n.memberId = :m ORDER BY n.since DESC, n.id",
            CareNeed.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  @Override
  public List<HelpPair> pairsUnder(String path, boolean openOnly, int max) {
    return em.createQuery(
            "SELECT p FROM HelpPair p, PartyMember m WHERE m.id = p.helpedId"
                + " AND m.orgPath LIKE :path"
                + (openOnly ? " AND p.endedOn IS NULL" : "")
                + " ORDER BY p.since DESC, p.id",
            HelpPair.class)
        .setParameter("path", path + "%")
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<HelpPair> pairsOf(Long memberId) {
    return em.createQuery(
            "SELECT p FROM HelpPair p WHERE p.helperId = :m OR p.helpedId = :m"
                + " ORDER BY p.since DESC, p.id",
            HelpPair.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  @Override
  public List<HelpPair> helping(Long memberId) {
    return em.createQuery(
            "SELECT p FROM HelpPair p WHERE p.helperId = :m AND p.endedOn IS NULL"
                + " ORDER BY p.since DESC, p.id",
            HelpPair.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  @Override
  public List<Long> uncovered(String path, int max) {
    return em
        .createQuery(
            "SELECT DISTINCT m.id, m.nameKey FROM PartyMember m, CareNeed n"
                + " WHERE n.memberId = m.id AND n.endedOn IS NULL AND n.kind IN :hard"
                + " AND m.orgPath LIKE :path AND m.leftOn IS NULL"
                + " AND NOT EXISTS (SELECT p FROM HelpPair p WHERE p.helpedId = m.id"
                + " AND p.endedOn IS NULL)"
                + " ORDER BY m.nameKey",
            Object[].class)
        .setParameter("hard", HARDSHIPS)
        .setParameter("path", path + "%")
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> (Long) r[0])
        .toList();
  }

  @Override
  public void store(ServiceStation station) {
    em.persist(station);
  }

  @Override
  public void store(ServicePoint point) {
    em.persist(point);
  }

  @Override
  public void store(PointMember assignment) {
    em.persist(assignment);
  }

  @Override
  public List<ServiceStation> stationsUnder(String path) {
    return em.createQuery(
            "SELECT s FROM ServiceStation s JOIN FETCH s.organization WHERE s.orgPath LIKE :path"
                + " ORDER BY s.orgPath, s.id",
            ServiceStation.class)
        .setParameter("path", path + "%")
        .getResultList();
  }

  @Override
  public List<ServicePoint> pointsOf(Collection<Long> stationIds) {
    if (stationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM ServicePoint p WHERE p.station.id IN :ids ORDER BY p.id",
            ServicePoint.class)
        .setParameter("ids", stationIds)
        .getResultList();
  }

  @Override
  public Map<Long, Long> memberCounts(Collection<Long> pointIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (pointIds.isEmpty()) {
      return counts;
    }
    for (Object[] r :
        em.createQuery(
                "SELECT a.pointId, COUNT(a) FROM PointMember a WHERE a.pointId IN :ids"
                    + " GROUP BY a.pointId",
                Object[].class)
            .setParameter("ids", pointIds)
            .getResultList()) {
      counts.put((Long) r[0], ((Number) r[1]).longValue());
    }
    return counts;
  }

  @Override
  public List<Member> unassignedLivingIn(
      String path, List<String> places, boolean retiredOnly, int max) {
    if (places.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < places.size(); i++) {
      where.append(i == 0 ? "" : " OR ").append("m.residence LIKE :p").append(i);
    }
    var q =
        em.createQuery(
                "SELECT m FROM PartyMember m WHERE m.orgPath LIKE :path AND m.leftOn IS NULL"
                    + (retiredOnly ? " AND m.employment = :retired" : "")
                    + " AND ("
                    + where
                    + ") AND NOT EXISTS (SELECT a FROM PointMember a WHERE a.memberId = m.id)"
                    + " ORDER BY m.nameKey",
                Member.class)
            .setParameter("path", path + "%")
            .setMaxResults(max);
    if (retiredOnly) {
      q.setParameter("retired", Employment.RETIRED);
    }
    for (int i = 0; i < places.size(); i++) {
      q.setParameter("p" + i, "%" + places.get(i) + "%");
    }
    return q.getResultList();
  }

  @Override
  public Optional<PointMember> assignment(Long memberId) {
    return em
        .createQuery("SELECT a FROM PointMember a WHERE a.memberId = :m", PointMember.class)
        .setParameter("m", memberId)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<PointMember> assignedTo(Long pointId) {
    return em.createQuery(
            "SELECT a FROM PointMember a WHERE a.pointId = :p ORDER BY a.id", PointMember.class)
        .setParameter("p", pointId)
        .getResultList();
  }

  @Override
  public Map<Long, Member> members(Collection<Long> ids) {
    Map<Long, Member> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    // in chunks: a campaign's rules may name thousands of members
    for (int i = 0; i < all.size(); i += CHUNK) {
      em.createQuery(
              "SELECT m FROM PartyMember m LEFT JOIN FETCH m.organization WHERE m.id IN :ids",
              Member.class)
          .setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
          .getResultList()
          .forEach(m -> found.put(m.getId(), m));
    }
    return found;
  }

  @Override
  public List<CareNeed> openNeedsOf(Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT n FROM CareNeed n WHERE n.memberId IN :ids AND n.endedOn IS NULL",
            CareNeed.class)
        .setParameter("ids", memberIds)
        .getResultList();
  }
}
