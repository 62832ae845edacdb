package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.dues.DuesBase;
import cn.dangjian.domain.dues.DuesLine;
import cn.dangjian.domain.dues.DuesPayment;
import cn.dangjian.domain.dues.DuesRelief;
import cn.dangjian.domain.dues.DuesRepository;
import cn.dangjian.domain.dues.ReliefStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  public List<DuesRelief> reliefs(Collection<Long> memberIds, int fromCode, int toCode) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM DuesRelief r WHERE r.memberId IN :ids"
                + " AND r.toMonth >= :from AND r.fromMonth <= :to ORDER BY r.fromMonth",
            DuesRelief.class)
        .setParameter("ids", memberIds)
        .setParameter("from", fromCode)
        .setParameter("to", toCode)
        .getResultList();
  }

  @Override
  public List<DuesRelief> reliefsIn(String path, ReliefStatus status, int max) {
    return em.createQuery(
            "SELECT r FROM DuesRelief r WHERE r.orgPath LIKE :p AND r.status = :s"
                + " ORDER BY r.requestedAt, r.id",
            DuesRelief.class)
        .setParameter("p", path + "%")
        .setParameter("s", status)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<DuesLine> owing(String path, LocalDate before) {
    return em.createQuery(
            "SELECT NEW cn.dangjian.domain.dues.DuesLine(m.id, m.organization.id, m.orgPath,"
                + " m.joinDate) FROM PartyMember m"
                + " WHERE m.orgPath LIKE :p AND m.joinDate < :before",
            DuesLine.class)
        .setParameter("p", path + "%")
        .setParameter("before", before)
        .getResultList();
  }

  @Override
  public Map<Long, BigDecimal> monthlies(String path, int year) {
    Map<Long, BigDecimal> monthly = new HashMap<>();
    em.createQuery(
            "SELECT b.memberId, b.monthly FROM DuesBase b, PartyMember m"
                + " WHERE m.id = b.memberId AND m.orgPath LIKE :p AND b.year = :y",
            Object[].class)
        .setParameter("p", path + "%")
        .setParameter("y", year)
        .getResultList()
        .forEach(r -> monthly.put((Long) r[0], (BigDecimal) r[1]));
    return monthly;
  }

  @Override
  public List<DuesRelief> approvedIn(String path, int monthCode) {
    return em.createQuery(
            "SELECT r FROM DuesRelief r WHERE r.orgPath LIKE :p AND r.status = :s"
                + " AND r.fromMonth <= :c AND r.toMonth >= :c",
            DuesRelief.class)
        .setParameter("p", path + "%")
        .setParameter("s", ReliefStatus.APPROVED)
        .setParameter("c", monthCode)
        .getResultList();
  }

  @Override
  public List<DuesLine> paidIn(String path, int monthCode) {
    return em.createQuery(
            "SELECT NEW cn.dangjian.domain.dues.DuesLine(p.memberId, p.orgId, p.orgPath,"
                + " p.amount) FROM DuesPayment p"
                + " WHERE p.orgPath LIKE :p AND p.month = :c",
            DuesLine.class)
        .setParameter("p", path + "%")
        .setParameter("c", monthCode)
        .getResultList();
  }

  @Override
  public Set<Long> paidSince(String path, LocalDate from) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT p.memberId FROM DuesPayment p, PartyMember m"
                    + " WHERE m.id = p.memberId AND m.orgPath LIKE :p AND p.paidOn >= :from",
                Long.class)
            .setParameter("p", path + "%")
            .setParameter("from", from)
            .getResultList());
  }

  @Override
  public Set<Long> withBaseSince(String path, int year) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT b.memberId FROM DuesBase b, PartyMember m"
                    + " WHERE m.id = b.memberId AND m.orgPath LIKE :p AND b.year >= :y",
                Long.class)
            .setParameter("p", path + "%")
            .setParameter("y", year)
            .getResultList());
  }

  @Override
  public Map<Long, String> names(Collection<Long> memberIds) {
    Map<Long, String> names = new HashMap<>();
    if (!memberIds.isEmpty()) {
      em.createQuery("SELECT m.id, m.name FROM PartyMember m WHERE m.id IN :ids", Object[].class)
          .setParameter("ids", memberIds)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }

  @Override
  public void store(DuesRelief relief) {
    em.persist(relief);
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
