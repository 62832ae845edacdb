package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.LectureFeedback;
import cn.dangjian.domain.education.LectureRota;
import cn.dangjian.domain.education.StudyEntry;
import cn.dangjian.domain.education.StudyMode;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.education.StudyYear;
import cn.dangjian.domain.education.YearFigures;
import cn.dangjian.domain.education.YearLine;
import cn.dangjian.domain.education.YearlyMinimum;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.org.Organization;
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
  public List<StudySession> upcomingFor(String orgPath, LocalDate from, int max) {
    return em.createQuery(
            "SELECT s FROM StudySession s JOIN FETCH s.organization WHERE s.orgPath IN :paths"
                + " AND s.heldOn >= :from ORDER BY s.heldOn, s.startsAt, s.id",
            StudySession.class)
        .setParameter("paths", Organization.pathsUpTo(orgPath))
        .setParameter("from", from)
        .setMaxResults(max)
        .getResultList();
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
        yearOf(e.getMemberId(), e.getStudiedOn()).add(e.getHours().negate());
      }
    }
    for (Long m : wanted) {
      em.persist(new StudyEntry(m, source, sourceId, on, hours, title));
      yearOf(m, on).add(hours);
    }
  }

  /** The member's sum for the year of the day, made when it is the year's first entry. */
  private StudyYear yearOf(Long memberId, LocalDate on) {
    StudyYear y = em.find(StudyYear.class, new StudyYear.Key(memberId, on.getYear()));
    if (y == null) {
      y = new StudyYear(memberId, on.getYear());
      em.persist(y);
    }
    return y;
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
      yearOf(memberId, on).add(hours);
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

  // Reports over a subtree in SQL of their own: one pass over the members with their yearly sums
  // (study_year) and the leaders' posts, whatever the subtree's size; literal minimums, since Derby
  // cannot type a parameter inside CASE.
  private static final String LEADERS =
      "(SELECT DISTINCT p.member_id FROM org_position p WHERE p.role <> '"
          + PositionRole.GROUP_LEADER.name()
          + "' AND p.since_date <= ?1 AND (p.until_date IS NULL OR p.until_date > ?1))";
  private static final String HOURS = "COALESCE(y.hours, 0)";
  private static final String MINIMUM =
      "CASE WHEN l.member_id IS NULL THEN "
          + YearlyMinimum.MEMBER.toPlainString()
          + " ELSE "
          + YearlyMinimum.LEADER.toPlainString()
          + " END";
  private static final String WITH_YEAR =
      " LEFT JOIN study_year y ON y.member_id = m.id AND y.yr = ?2 LEFT JOIN "
          + LEADERS
          + " l ON l.member_id = m.id ";
  private static final String FIGURES =
      "COUNT(m.id), SUM("
          + HOURS
          + "), SUM(CASE WHEN "
          + HOURS
          + " >= "
          + MINIMUM
          + " THEN 1 ELSE 0 END), SUM(CASE WHEN "
          + HOURS
          + " = 0 THEN 1 ELSE 0 END)";

  @Override
  public YearFigures figures(String subtreePath, int year, LocalDate on) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT " + FIGURES + " FROM member m" + WITH_YEAR + "WHERE m.org_path LIKE ?3")
                .setParameter(1, on)
                .setParameter(2, year)
                .setParameter(3, subtreePath + "%")
                .getSingleResult();
    return figures(r, 0);
  }

  @Override
  public Map<Long, YearFigures> figuresUnder(Long organizationId, int year, LocalDate on) {
    Map<Long, YearFigures> under = new HashMap<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT c.id, "
                    + FIGURES
                    + " FROM organization c JOIN member m ON m.org_path LIKE c.path || '%'"
                    + WITH_YEAR
                    + "WHERE c.parent_id = ?3 GROUP BY c.id")
            .setParameter(1, on)
            .setParameter(2, year)
            .setParameter(3, organizationId)
            .getResultList()) {
      Object[] row = (Object[]) r;
      under.put(((Number) row[0]).longValue(), figures(row, 1));
    }
    return under;
  }

  private static YearFigures figures(Object[] r, int at) {
    return new YearFigures(
        count(r[at]),
        r[at + 1] == null ? BigDecimal.ZERO : new BigDecimal(r[at + 1].toString()),
        count(r[at + 2]),
        count(r[at + 3]));
  }

  private static long count(Object n) {
    return n == null ? 0 : ((Number) n).longValue();
  }

  @Override
  public List<YearLine> lines(
      String subtreePath, int year, LocalDate on, boolean onlyShort, int first, int max) {
    return yearLines(
        em.createNativeQuery(
                "SELECT m.id, m.name, o.name, o.depth, po.name, "
                    + HOURS
                    + ", CASE WHEN l.member_id IS NULL THEN 0 ELSE 1 END FROM member m"
                    + " JOIN organization o ON o.id = m.org_id"
                    + " LEFT JOIN organization po ON po.id = o.parent_id"
                    + WITH_YEAR
                    + "WHERE m.org_path LIKE ?3"
                    + (onlyShort ? " AND " + HOURS + " < " + MINIMUM : "")
                    + " ORDER BY m.name_key, m.id"
                    + page(first, max))
            .setParameter(1, on)
            .setParameter(2, year)
            .setParameter(3, subtreePath + "%")
            .getResultList());
  }

  private static final String WITHOUT =
      " FROM member m WHERE m.org_path LIKE ?1 AND NOT EXISTS (SELECT 1 FROM study_entry e"
          + " WHERE e.member_id = m.id AND e.studied_on BETWEEN ?2 AND ?3)";

  @Override
  public long countWithout(String subtreePath, LocalDate from, LocalDate to) {
    return count(
        em.createNativeQuery("SELECT COUNT(m.id)" + WITHOUT)
            .setParameter(1, subtreePath + "%")
            .setParameter(2, from)
            .setParameter(3, to)
            .getSingleResult());
  }

  @Override
  public List<YearLine> without(String subtreePath, LocalDate from, LocalDate to, int max) {
    return yearLines(
        em.createNativeQuery(
                "SELECT m.id, m.name, o.name, o.depth, po.name, 0, 0"
                    + WITHOUT.replace(
                        " FROM member m",
                        " FROM member m JOIN organization o ON o.id = m.org_id"
                            + " LEFT JOIN organization po ON po.id = o.parent_id")
                    + " ORDER BY m.name_key, m.id"
                    + page(0, max))
            .setParameter(1, subtreePath + "%")
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList());
  }

  /** Checked numbers, written into the statement: Derby takes no parameter there. */
  private static String page(int first, int max) {
    return " OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + Math.max(1, max) + " ROWS ONLY";
  }

  private static List<YearLine> yearLines(List<?> rows) {
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            c ->
                new YearLine(
                    ((Number) c[0]).longValue(),
                    (String) c[1],
                    Organization.displayName(
                        (String) c[2], ((Number) c[3]).intValue(), (String) c[4]),
                    new BigDecimal(c[5].toString()),
                    ((Number) c[6]).intValue() == 1))
        .toList();
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
