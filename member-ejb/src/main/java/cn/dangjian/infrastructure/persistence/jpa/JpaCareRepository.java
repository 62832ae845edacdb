package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.care.CareNeed;
import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.HelpPair;
import cn.dangjian.domain.care.NeedKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaCareRepository implements CareRepository {
  private static final List<NeedKind> HARDSHIPS =
      List.of(NeedKind.WORK_HARDSHIP, NeedKind.LIFE_HARDSHIP, NeedKind.SKILLS_HARDSHIP);

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
}
