package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.MemberChanges;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<Organization> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Organization.class, id));
  }

  @Override
  public Optional<Organization> findByCode(String code) {
    return em.createQuery("SELECT o FROM Organization o WHERE o.code = :code", Organization.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organization> findInScope(Scope scope) {
    ScopePredicate p = new ScopePredicate(scope, "o.path", null);
    TypedQuery<Organization> q =
        em.createQuery(
            "SELECT o FROM Organization o WHERE o.dissolvedOn IS NULL AND "
                + p.jpql()
                + " ORDER BY o.path",
            Organization.class);
    p.bind(q);
    return q.getResultList();
  }

  @Override
  public List<Organization> findInScope(Scope scope, String text, Set<OrgKind> kinds, int max) {
    ScopePredicate p = new ScopePredicate(scope, "o.path", null);
    String t = text == null ? "" : text.trim();
    TypedQuery<Organization> q =
        em.createQuery(
            "SELECT o FROM Organization o WHERE o.dissolvedOn IS NULL AND "
                + p.jpql()
                + (kinds.isEmpty() ? "" : " AND o.kind IN :kinds")
                + (t.isEmpty()
                    ? ""
                    : " AND (o.name LIKE :t ESCAPE '\\' OR o.code LIKE :t ESCAPE '\\')")
                + " ORDER BY o.path",
            Organization.class);
    p.bind(q);
    if (!kinds.isEmpty()) {
      q.setParameter("kinds", List.copyOf(kinds));
    }
    if (!t.isEmpty()) {
      q.setParameter("t", "%" + JpaMemberRepository.escapeLike(t) + "%");
    }
    return q.setMaxResults(max).getResultList();
  }

  @Override
  public Map<Long, Long> memberCounts(Scope scope) {
    ScopePredicate p = new ScopePredicate(scope, "o.path", null);
    var q =
        em.createQuery(
            "SELECT o.id, COUNT(m) FROM PartyMember m JOIN m.organization o WHERE "
                + p.jpql()
                + " GROUP BY o.id",
            Object[].class);
    p.bind(q);
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : q.getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public long countActiveChildren(Organization org) {
    return em.createQuery(
            "SELECT COUNT(o) FROM Organization o WHERE o.parent = :org AND o.dissolvedOn IS NULL",
            Long.class)
        .setParameter("org", org)
        .getSingleResult();
  }

  @Override
  public List<Organization> childrenOf(Organization org) {
    return em.createQuery(
            "SELECT o FROM Organization o WHERE o.parent = :p ORDER BY o.code, o.id",
            Organization.class)
        .setParameter("p", org)
        .getResultList();
  }

  @Override
  public void store(Organization org) {
    if (org.getId() == null) {
      em.persist(org);
    }
  }

  @Override
  public void rewriteSubtreePaths(String oldPrefix, String newPrefix, int depthDelta) {
    em.flush();
    em.createQuery(
            "UPDATE Organization o SET o.path = CONCAT(:newPrefix, SUBSTRING(o.path, :start)),"
                + " o.depth = o.depth + :delta WHERE o.path LIKE :old")
        .setParameter("newPrefix", newPrefix)
        .setParameter("start", oldPrefix.length() + 1)
        .setParameter("delta", depthDelta)
        .setParameter("old", oldPrefix + "%")
        .executeUpdate();
    // Every record that keeps its organization's path (members, cases, targets, dues...) follows.
    for (EntityType<?> type : em.getMetamodel().getEntities()) {
      if (type.getAttributes().stream().anyMatch(a -> a.getName().equals("orgPath"))) {
        em.createQuery(
                "UPDATE "
                    + type.getName()
                    + " x SET x.orgPath = CONCAT(:newPrefix, SUBSTRING(x.orgPath, :start))"
                    + " WHERE x.orgPath LIKE :old")
            .setParameter("newPrefix", newPrefix)
            .setParameter("start", oldPrefix.length() + 1)
            .setParameter("old", oldPrefix + "%")
            .executeUpdate();
      }
    }
    MemberChanges.changed();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
  }
}
