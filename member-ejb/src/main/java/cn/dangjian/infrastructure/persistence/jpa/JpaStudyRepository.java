package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.LectureFeedback;
import cn.dangjian.domain.education.LectureRota;
import cn.dangjian.domain.education.StudyEntry;
import cn.dangjian.domain.education.StudyMode;
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
  public Optional<LectureRota> rotaOf(Long committeeId) {
    return em.createQuery(
            "SELECT r FROM LectureRota r WHERE r.committee.id = :c", LectureRota.class)
        .setParameter("c", committeeId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(LectureRota rota) {
    em.persist(rota);
  }

  @Override
  public Optional<LectureRota> rotaWith(Long memberId) {
    return em.createQuery(
            "SELECT r FROM LectureRota r JOIN r.seats s WHERE s.memberId = :m", LectureRota.class)
        .setParameter("m", memberId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StudySession> lectures(Long committeeId, int max) {
    return em.createQuery(
            "SELECT s FROM StudySession s WHERE s.organization.id = :c AND s.mode = :m"
                + " ORDER BY s.heldOn DESC, s.id DESC",
            StudySession.class)
        .setParameter("c", committeeId)
        .setParameter("m", StudyMode.SECRETARY_LECTURE)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<LectureFeedback> feedback(Long sessionId, Long memberId) {
    return em.createQuery(
            "SELECT f FROM LectureFeedback f WHERE f.sessionId = :s AND f.memberId = :m",
            LectureFeedback.class)
        .setParameter("s", sessionId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<LectureFeedback> feedbackOn(Long sessionId) {
    return em.createQuery(
            "SELECT f FROM LectureFeedback f WHERE f.sessionId = :s ORDER BY f.writtenAt, f.id",
            LectureFeedback.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  @Override
  public void store(LectureFeedback feedback) {
    em.persist(feedback);
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
  public void creditOnce(
      StudySource source,
      Long sourceId,
      Long memberId,
      LocalDate on,
      BigDecimal hours,
      String title) {
    boolean credited =
        !em.createQuery(
                "SELECT e.id FROM StudyEntry e WHERE e.source = :s AND e.sourceId = :id"
                    + " AND e.memberId = :m",
                Long.class)
            .setParameter("s", source)
            .setParameter("id", sourceId)
            .setParameter("m", memberId)
            .getResultList()
            .isEmpty();
    if (!credited) {
      em.persist(new StudyEntry(memberId, source, sourceId, on, hours, title));
    }
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
