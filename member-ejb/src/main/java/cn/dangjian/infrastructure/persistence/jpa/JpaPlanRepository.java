package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.recruitment.PlanRepository;
import cn.dangjian.domain.recruitment.RecruitmentPlan;
import cn.dangjian.domain.recruitment.SourcePolicy;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<RecruitmentPlan> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(RecruitmentPlan.class, id));
  }

  @Override
  public Optional<RecruitmentPlan> find(int year, Long organizationId) {
    return em.createQuery(
            "SELECT p FROM RecruitmentPlan p WHERE p.year = :y AND p.organization.id = :o",
            RecruitmentPlan.class)
        .setParameter("y", year)
        .setParameter("o", organizationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RecruitmentPlan> plans(Scope scope, int year) {
    ScopePredicate p = new ScopePredicate(scope, "p.orgPath", null);
    TypedQuery<RecruitmentPlan> q =
        em.createQuery(
            "SELECT p FROM RecruitmentPlan p JOIN FETCH p.organization WHERE p.year = :y AND "
                + p.jpql()
                + " ORDER BY p.orgPath",
            RecruitmentPlan.class);
    p.bind(q);
    return q.setParameter("y", year).getResultList();
  }

  @Override
  public void store(RecruitmentPlan plan) {
    em.persist(plan);
  }

  @Override
  public SourcePolicy policy() {
    return em.find(SourcePolicy.class, SourcePolicy.THE_POLICY);
  }
}
