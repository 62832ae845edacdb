package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.dues.DuesBase;
import cn.dangjian.domain.dues.DuesPayment;
import cn.dangjian.domain.dues.DuesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDuesRepository implements DuesRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public Optional<DuesBase> base(Long memberId, int year) {
    return bases(List.of(memberId), year).stream().findFirst();
  }

  @Override
  public List<DuesBase> bases(Collection<Long> memberIds, int year) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT b FROM DuesBase b WHERE b.memberId IN :ids AND b.year = :y", DuesBase.class)
        .setParameter("ids", memberIds)
        .setParameter("y", year)
        .getResultList();
  }

  @Override
  public List<DuesPayment> payments(Collection<Long> memberIds, int fromCode, int toCode) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM DuesPayment p WHERE p.memberId IN :ids"
                + " AND p.month >= :from AND p.month <= :to",
            DuesPayment.class)
        .setParameter("ids", memberIds)
        .setParameter("from", fromCode)
        .setParameter("to", toCode)
        .getResultList();
  }

  @Override
  public boolean paid(Long memberId, int monthCode) {
    return !em.createQuery(
            "SELECT p.id FROM DuesPayment p WHERE p.memberId = :m AND p.month = :c", Long.class)
        .setParameter("m", memberId)
        .setParameter("c", monthCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void store(DuesBase base) {
    em.persist(base);
  }

  @Override
  public void store(DuesPayment payment) {
    em.persist(payment);
  }
}
