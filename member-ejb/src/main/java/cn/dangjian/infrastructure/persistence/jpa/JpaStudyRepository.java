package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.LectureFeedback;
import cn.dangjian.domain.education.LectureRota;
import cn.dangjian.domain.education.StudyEntry;
import cn.dangjian.domain.education.StudyMode;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.education.StudyTally;
import cn.dangjian.domain.education.StudyYear;
import cn.dangjian.domain.education.SubtreeFigures;
import cn.dangjian.domain.education.YearFigures;
import cn.dangjian.domain.education.YearLine;
import cn.dangjian.domain.education.YearlyMinimum;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
        addToYear(e.getMemberId(), e.getStudiedOn(), e.getHours().negate());
      }
    }
    for (Long m : wanted) {
      em.persist(new StudyEntry(m, source, sourceId, on, hours, title));
      addToYear(m, on, hours);
    }
  }

  /** Into the member's sums of the day's year, made with the year's first entry. */
  private void addToYear(Long memberId, LocalDate on, BigDecimal hours) {
    StudyYear y = em.find(StudyYear.class, new StudyYear.Key(memberId, on.getYear()));
    if (y == null) {
      y = new StudyYear(memberId, on.getYear());
      em.persist(y);
    }
    y.add(on, hours);
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
      addToYear(memberId, on, hours);
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
  private static final String LEADERS = LeaderPosts.heldOn("?1");
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

  /**
   * Members of a subtree with no hours in a quarter (checked 1 to 4, written in: see MINIMUM); the
   * parameters numbered in the order they appear, as EclipseLink binds them.
   */
  private static String without(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
    return " LEFT JOIN study_year y ON y.member_id = m.id AND y.yr = ?1"
        + " WHERE m.org_path LIKE ?2 AND "
        + quiet(quarter);
  }

  // not COALESCE(y.qN, 0) = 0: Derby 10.16 then drops the members without a row of the year
  private static String quiet(int quarter) {
    return "(y.q" + quarter + " IS NULL OR y.q" + quarter + " = 0)";
  }

  @Override
  public long countWithout(String subtreePath, int year, int quarter) {
    return count(
        em.createNativeQuery("SELECT COUNT(m.id) FROM member m" + without(quarter))
            .setParameter(1, year)
            .setParameter(2, subtreePath + "%")
            .getSingleResult());
  }

  @Override
  public List<YearLine> without(String subtreePath, int year, int quarter, int max) {
    return yearLines(
        em.createNativeQuery(
                "SELECT m.id, m.name, o.name, o.depth, po.name, 0, 0 FROM member m"
                    + " JOIN organization o ON o.id = m.org_id"
                    + " LEFT JOIN organization po ON po.id = o.parent_id"
                    + without(quarter)
                    + " ORDER BY m.name_key, m.id"
                    + page(0, max))
            .setParameter(1, year)
            .setParameter(2, subtreePath + "%")
            .getResultList());
  }

  @Override
  public Optional<Instant> talliedAt(int year) {
    // a query, not find: the tally may have been counted in another transaction since
    return em
        .createQuery("SELECT t.countedAt FROM StudyTally t WHERE t.year = :y", Instant.class)
        .setParameter("y", year)
        .getResultList()
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  @Override
  public boolean claimTally(int year, Instant now, Duration maxAge) {
    if (em.find(StudyTally.class, year) == null) {
      em.persist(new StudyTally(year));
      em.flush(); // two first claims at once: one of them fails here and counts nothing
    }
    return em.createQuery(
                "UPDATE StudyTally t SET t.claimedUntil = :until WHERE t.year = :y"
                    + " AND (t.countedAt IS NULL OR t.countedAt <= :stale)"
                    + " AND (t.claimedUntil IS NULL OR t.claimedUntil <= :now)")
            .setParameter("until", now.plus(StudyTally.CLAIM))
            .setParameter("y", year)
            .setParameter("stale", now.minus(maxAge))
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  @Override
  public void countTally(int year, LocalDate on, Instant now) {
    Map<String, SubtreeFigures> own = new HashMap<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT m.org_id, m.org_path, "
                    + FIGURES
                    + ", "
                    + QUIET
                    + " FROM member m"
                    + WITH_YEAR
                    // members who left the party or the group belong to no organization
                    + "WHERE m.org_id IS NOT NULL GROUP BY m.org_id, m.org_path")
            .setParameter(1, on)
            .setParameter(2, year)
            .getResultList()) {
      Object[] row = (Object[]) r;
      own.put(
          (String) row[1],
          new SubtreeFigures(
              ((Number) row[0]).longValue(),
              year,
              figures(row, 2),
              new long[] {count(row[6]), count(row[7]), count(row[8]), count(row[9])}));
    }
    em.createQuery("DELETE FROM SubtreeFigures f WHERE f.year = :y")
        .setParameter("y", year)
        .executeUpdate();
    SubtreeFigures.rollUp(year, own).forEach(em::persist);
    StudyTally tally = em.find(StudyTally.class, year);
    if (tally == null) {
      tally = new StudyTally(year);
      em.persist(tally);
    }
    tally.counted(now);
  }

  private static final String QUIET =
      IntStream.rangeClosed(1, 4)
          .mapToObj(q -> "SUM(CASE WHEN " + quiet(q) + " THEN 1 ELSE 0 END)")
          .collect(Collectors.joining(", "));

  // the tally may be counted again in another transaction between two reads of this one
  private static final String REFRESH = "eclipselink.refresh";

  @Override
  public Optional<SubtreeFigures> tallied(Long organizationId, int year) {
    return em
        .createQuery(
            "SELECT f FROM SubtreeFigures f WHERE f.year = :y AND f.organizationId = :o",
            SubtreeFigures.class)
        .setParameter("y", year)
        .setParameter("o", organizationId)
        .setHint(REFRESH, true)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Map<Long, SubtreeFigures> talliedUnder(Long organizationId, int year) {
    Map<Long, SubtreeFigures> under = new HashMap<>();
    em.createQuery(
            "SELECT f FROM SubtreeFigures f WHERE f.year = :y AND f.organizationId IN"
                + " (SELECT c.id FROM Organization c WHERE c.parent.id = :p)",
            SubtreeFigures.class)
        .setParameter("y", year)
        .setParameter("p", organizationId)
        .setHint(REFRESH, true)
        .getResultList()
        .forEach(f -> under.put(f.getOrganizationId(), f));
    return under;
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
