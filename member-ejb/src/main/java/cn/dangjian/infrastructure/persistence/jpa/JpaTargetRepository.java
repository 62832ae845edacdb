package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.duty.SupervisionOrder;
import cn.dangjian.domain.duty.Target;
import cn.dangjian.domain.duty.TargetCount;
import cn.dangjian.domain.duty.TargetRepository;
import cn.dangjian.domain.duty.TargetTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  public List<TargetCount> countsUnder(String path, int year) {
    // grouped by the agreement too: Derby takes no boolean comparison in a select list
    Map<Long, TargetCount> counts = new LinkedHashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT t.organization.id, t.agreed,"
                    + " SUM(CASE WHEN t.memberId IS NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN t.memberId IS NULL THEN 0 ELSE 1 END),"
                    + " SUM(CASE WHEN t.result IS NULL THEN 0 ELSE 1 END)"
                    + " FROM Target t WHERE t.orgPath LIKE :p AND t.year = :y"
                    + " GROUP BY t.organization.id, t.agreed",
                Object[].class)
            .setParameter("p", path + "%")
            .setParameter("y", year)
            .getResultList()) {
      int own = ((Number) r[2]).intValue();
      int members = ((Number) r[3]).intValue();
      TargetCount part =
          new TargetCount(
              (Long) r[0],
              own,
              members,
              Boolean.TRUE.equals(r[1]) ? own + members : 0,
              ((Number) r[4]).intValue());
      counts.merge(part.organizationId(), part, TargetCount::plus);
    }
    return List.copyOf(counts.values());
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
