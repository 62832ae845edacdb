package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.StudyEntry;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
public class JpaStudyRepository implements StudyRepository {
  private static final int IN_LIST_CHUNK = 1000;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public Optional<StudySession> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(StudySession.class, id));
  }

  @Override
  public void store(StudySession session) {
    em.persist(session);
  }

  @Override
  public List<StudySession> sessions(Scope scope, LocalDate from, LocalDate to, int max) {
    ScopePredicate p = new ScopePredicate(scope, "s.orgPath", null);
    TypedQuery<StudySession> q =
        em.createQuery(
            "SELECT s FROM StudySession s JOIN FETCH s.organization WHERE s.heldOn BETWEEN :from"
                + " AND :to AND "
                + p.jpql()
                + " ORDER BY s.heldOn DESC, s.id DESC",
            StudySession.class);
    p.bind(q);
    return q.setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
  }

  @Override
  public void credit(
      StudySource source,
      Long sourceId,
      Collection<Long> memberIds,
      LocalDate on,
      BigDecimal hours,
      String title) {
    Set<Long> wanted = new HashSet<>(memberIds);
    for (StudyEntry e :
        em.createQuery(
                "SELECT e FROM StudyEntry e WHERE e.source = :s AND e.sourceId = :id",
                StudyEntry.class)
            .setParameter("s", source)
            .setParameter("id", sourceId)
            .getResultList()) {
      if (!wanted.remove(e.getMemberId())) {
        em.remove(e);
      }
    }
    wanted.forEach(m -> em.persist(new StudyEntry(m, source, sourceId, on, hours, title)));
  }

  @Override
  public List<StudyEntry> entries(Long memberId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT e FROM StudyEntry e WHERE e.memberId = :m AND e.studiedOn BETWEEN :from AND :to"
                + " ORDER BY e.studiedOn, e.id",
            StudyEntry.class)
        .setParameter("m", memberId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Map<Long, BigDecimal> hours(Collection<Long> memberIds, LocalDate from, LocalDate to) {
    Map<Long, BigDecimal> hours = new HashMap<>();
    List<Long> ids = List.copyOf(memberIds);
    for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
      em.createQuery(
              "SELECT e.memberId, SUM(e.hours) FROM StudyEntry e WHERE e.memberId IN :ids"
                  + " AND e.studiedOn BETWEEN :from AND :to GROUP BY e.memberId",
              Object[].class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
          .setParameter("from", from)
          .setParameter("to", to)
          .getResultList()
          .forEach(r -> hours.put((Long) r[0], (BigDecimal) r[1]));
    }
    return hours;
  }
}
