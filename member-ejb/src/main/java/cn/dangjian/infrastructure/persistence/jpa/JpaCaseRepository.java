package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.CaseQuery;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {
  private static final int IN_LIST_CHUNK = 500;

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<RecruitmentCase> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(RecruitmentCase.class, id));
  }

  @Override
  public Set<String> citizenIdsWithCase(Collection<String> citizenIds) {
    Set<String> found = new HashSet<>();
    List<String> ids = List.copyOf(citizenIds);
    for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
      found.addAll(
          em.createQuery(
                  "SELECT c.citizenId FROM RecruitmentCase c WHERE c.citizenIdKey IN :ids",
                  String.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
              .getResultList());
    }
    return found;
  }

  @Override
  public Optional<RecruitmentCase> findByCitizenId(String citizenId) {
    return em.createQuery(
            "SELECT c FROM RecruitmentCase c WHERE c.citizenIdKey = :id", RecruitmentCase.class)
        .setParameter("id", citizenId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RecruitmentCase> search(Scope scope, CaseQuery query, int first, int max) {
    Filter f = new Filter(scope, query);
    TypedQuery<RecruitmentCase> q =
        em.createQuery(
            "SELECT c FROM RecruitmentCase c JOIN FETCH c.organization WHERE "
                + f.where
                + " ORDER BY c.applicationDate DESC, c.id DESC",
            RecruitmentCase.class);
    f.bind(q);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(Scope scope, CaseQuery query) {
    Filter f = new Filter(scope, query);
    TypedQuery<Long> q =
        em.createQuery("SELECT COUNT(c) FROM RecruitmentCase c WHERE " + f.where, Long.class);
    f.bind(q);
    return q.getSingleResult();
  }

  /** The WHERE clause shared by a page and its count. */
  private final class Filter {
    final String where;
    final Map<String, Object> params = new LinkedHashMap<>();
    final ScopePredicate scope;

    Filter(Scope s, CaseQuery query) {
      scope = new ScopePredicate(s, "c.orgPath", null);
      StringBuilder w = new StringBuilder(scope.jpql());
      if (query.standing() != null) {
        w.append(" AND c.standing = :standing");
        params.put("standing", query.standing());
      }
      if (query.status() != null) {
        w.append(" AND c.status = :status");
        params.put("status", query.status());
      }
      if (query.subtreeOrgId() != null) {
        Organization o = em.find(Organization.class, query.subtreeOrgId());
        w.append(" AND c.orgPath LIKE :subtree");
        params.put("subtree", o == null ? "-" : o.getPath() + "%");
      }
      if (query.name() != null && !query.name().isBlank()) {
        // a few thousand cases at most: any part of the name
        w.append(" AND c.name LIKE :name ESCAPE '\\'");
        params.put("name", "%" + JpaMemberRepository.escapeLike(query.name().strip()) + "%");
      }
      where = w.toString();
    }

    void bind(TypedQuery<?> q) {
      scope.bind(q);
      params.forEach(q::setParameter);
    }
  }

  @Override
  public Map<Standing, Long> openCounts(Scope scope) {
    ScopePredicate p = new ScopePredicate(scope, "c.orgPath", null);
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT c.standing, COUNT(c) FROM RecruitmentCase c WHERE c.status = :open AND "
                + p.jpql()
                + " GROUP BY c.standing",
            Object[].class);
    p.bind(q);
    Map<Standing, Long> counts = new EnumMap<>(Standing.class);
    for (Standing s : Standing.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row : q.setParameter("open", CaseStatus.OPEN).getResultList()) {
      counts.put((Standing) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public List<RecruitmentCase> open(Scope scope) {
    ScopePredicate p = new ScopePredicate(scope, "c.orgPath", null);
    TypedQuery<RecruitmentCase> q =
        em.createQuery(
            "SELECT DISTINCT c FROM RecruitmentCase c JOIN FETCH c.organization LEFT JOIN FETCH c.steps"
                + " WHERE c.status = :open AND "
                + p.jpql(),
            RecruitmentCase.class);
    p.bind(q);
    return q.setParameter("open", CaseStatus.OPEN).getResultList();
  }

  @Override
  public List<RecruitmentCase> admitted(Scope scope, LocalDate from, LocalDate to) {
    ScopePredicate p = new ScopePredicate(scope, "c.orgPath", null);
    TypedQuery<RecruitmentCase> q =
        em.createQuery(
            "SELECT DISTINCT c FROM RecruitmentCase c LEFT JOIN FETCH c.steps"
                + " WHERE "
                + p.jpql()
                + " AND EXISTS (SELECT s FROM CaseStep s WHERE s.recruitmentCase = c AND s.step = :approval"
                + " AND s.outcome = :passed AND s.on BETWEEN :from AND :to)",
            RecruitmentCase.class);
    p.bind(q);
    return q.setParameter("approval", Step.ADMISSION_APPROVAL)
        .setParameter("passed", Outcome.PASSED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public void store(RecruitmentCase c) {
    em.persist(c);
  }
}
