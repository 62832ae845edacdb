package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.OrgPosition;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaPositionRepository implements PositionRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public boolean everHeldPost(Long memberId) {
    return em.createQuery("SELECT COUNT(p) FROM OrgPosition p WHERE p.member.id = :m", Long.class)
            .setParameter("m", memberId)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<OrgPosition> positionsHeldBy(Long memberId, LocalDate on) {
    return em.createQuery(
            "SELECT p FROM OrgPosition p JOIN FETCH p.organization WHERE p.member.id = :m"
                + " AND p.since <= :on AND (p.until IS NULL OR p.until > :on)",
            OrgPosition.class)
        .setParameter("m", memberId)
        .setParameter("on", on)
        .getResultList();
  }

  @Override
  public List<Long> branchSecretariesUnder(String path, LocalDate on) {
    return em.createQuery(
            "SELECT p.member.id FROM OrgPosition p JOIN p.organization o WHERE p.role = :s"
                + " AND o.kind = :b AND o.path LIKE :p AND p.since <= :on"
                + " AND (p.until IS NULL OR p.until > :on) ORDER BY o.path, p.id",
            Long.class)
        .setParameter("s", PositionRole.SECRETARY)
        .setParameter("b", OrgKind.BRANCH)
        .setParameter("p", path + "%")
        .setParameter("on", on)
        .getResultList();
  }

  @Override
  public List<Long> committeeOf(Long organizationId, LocalDate on) {
    return em.createQuery(
            "SELECT DISTINCT p.member.id FROM OrgPosition p WHERE p.organization.id = :o"
                + " AND p.role <> :leader AND p.since <= :on"
                + " AND (p.until IS NULL OR p.until > :on)",
            Long.class)
        .setParameter("o", organizationId)
        .setParameter("leader", PositionRole.GROUP_LEADER)
        .setParameter("on", on)
        .getResultList();
  }

  @Override
  public Set<Long> committeeMembersAmong(Collection<Long> memberIds, LocalDate on) {
    Set<Long> found = new HashSet<>();
    List<Long> ids = List.copyOf(memberIds);
    for (int i = 0; i < ids.size(); i += 1000) {
      found.addAll(
          em.createQuery(
                  "SELECT DISTINCT p.member.id FROM OrgPosition p WHERE p.member.id IN :ids"
                      + " AND p.role <> :leader AND p.since <= :on"
                      + " AND (p.until IS NULL OR p.until > :on)",
                  Long.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .setParameter("leader", PositionRole.GROUP_LEADER)
              .setParameter("on", on)
              .getResultList());
    }
    return found;
  }

  @Override
  public List<OrgPosition> positionsOf(Organization org, LocalDate on) {
    return em.createQuery(
            "SELECT p FROM OrgPosition p JOIN FETCH p.member WHERE p.organization = :o"
                + " AND p.since <= :on AND (p.until IS NULL OR p.until > :on) ORDER BY p.role, p.id",
            OrgPosition.class)
        .setParameter("o", org)
        .setParameter("on", on)
        .getResultList();
  }

  @Override
  public void store(OrgPosition position) {
    if (position.getId() == null) {
      em.persist(position);
    }
  }
}
