package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.duty.SupervisionOrder;
import cn.dangjian.domain.duty.Target;
import cn.dangjian.domain.duty.TargetRepository;
import cn.dangjian.domain.duty.TargetTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaTargetRepository implements TargetRepository {
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(TargetTemplate t) {
    em.persist(t);
  }

  @Override
  public void store(Target t) {
    em.persist(t);
  }

  @Override
  public void store(SupervisionOrder o) {
    em.persist(o);
  }

  @Override
  public List<TargetTemplate> templates(Collection<String> paths, int year) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT t FROM TargetTemplate t WHERE t.orgPath IN :p AND t.year = :y"
                + " ORDER BY t.orgPath, t.id",
            TargetTemplate.class)
        .setParameter("p", paths)
        .setParameter("y", year)
        .getResultList();
  }

  @Override
  public List<Target> under(String path, int year) {
    return em.createQuery(
            "SELECT t FROM Target t WHERE t.orgPath LIKE :p AND t.year = :y"
                + " ORDER BY t.orgPath, t.memberName, t.id",
            Target.class)
        .setParameter("p", path + "%")
        .setParameter("y", year)
        .getResultList();
  }

  @Override
  public List<Target> of(Long organizationId, int year) {
    return em.createQuery(
            "SELECT t FROM Target t WHERE t.organization.id = :o AND t.year = :y"
                + " ORDER BY t.memberName, t.id",
            Target.class)
        .setParameter("o", organizationId)
        .setParameter("y", year)
        .getResultList();
  }

  @Override
  public List<Target> ofMember(Long memberId, int year) {
    return em.createQuery(
            "SELECT t FROM Target t WHERE t.memberId = :m AND t.year = :y ORDER BY t.id",
            Target.class)
        .setParameter("m", memberId)
        .setParameter("y", year)
        .getResultList();
  }

  @Override
  public List<SupervisionOrder> orders(Collection<Long> targetIds) {
    List<Long> ids = List.copyOf(targetIds);
    List<SupervisionOrder> found = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      found.addAll(
          em.createQuery(
                  "SELECT o FROM SupervisionOrder o WHERE o.target.id IN :t"
                      + " ORDER BY o.issuedOn DESC, o.id DESC",
                  SupervisionOrder.class)
              .setParameter("t", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
              .getResultList());
    }
    return found;
  }

  @Override
  public List<SupervisionOrder> ordersUnder(String path, boolean openOnly) {
    return em.createQuery(
            "SELECT o FROM SupervisionOrder o WHERE o.orgPath LIKE :p"
                + (openOnly ? " AND o.closedOn IS NULL" : "")
                + " ORDER BY o.deadline, o.id",
            SupervisionOrder.class)
        .setParameter("p", path + "%")
        .getResultList();
  }

  @Override
  public List<SupervisionOrder> overdueUnreminded(LocalDate today) {
    return em.createQuery(
            "SELECT o FROM SupervisionOrder o WHERE o.closedOn IS NULL AND o.deadline < :d"
                + " AND o.remindedOn IS NULL ORDER BY o.id",
            SupervisionOrder.class)
        .setParameter("d", today)
        .getResultList();
  }
}
