package cn.dangjian.infrastructure.persistence.jpa;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<RecruitmentCase> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(RecruitmentCase.class, id));
  }

  @Override
  public Optional<RecruitmentCase> findByCitizenId(String citizenId) {
    return em.createQuery(
            "SELECT c FROM RecruitmentCase c WHERE c.citizenId = :id", RecruitmentCase.class)
        .setParameter("id", citizenId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RecruitmentCase> search(
      Scope scope, Standing standing, CaseStatus status, int first, int max) {
    ScopePredicate p = new ScopePredicate(scope, "c.orgPath", null);
    String where =
        p.jpql()
            + (standing == null ? "" : " AND c.standing = :standing")
            + (status == null ? "" : " AND c.status = :status");
    TypedQuery<RecruitmentCase> q =
        em.createQuery(
            "SELECT c FROM RecruitmentCase c JOIN FETCH c.organization WHERE "
                + where
                + " ORDER BY c.applicationDate DESC, c.id DESC",
            RecruitmentCase.class);
    p.bind(q);
    if (standing != null) {
      q.setParameter("standing", standing);
    }
    if (status != null) {
      q.setParameter("status", status);
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList();
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
