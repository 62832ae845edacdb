package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.Scope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface StudyRepository {
  Optional<StudySession> find(Long id);

  void store(StudySession session);

  Optional<LectureRota> rotaOf(Long committeeId);

  void store(LectureRota rota);

  /** The rota a secretary is on, if any. */
  Optional<LectureRota> rotaWith(Long memberId);

  /** The lectures given on a committee's rota, newest first. */
  List<StudySession> lectures(Long committeeId, int max);

  Optional<LectureFeedback> feedback(Long sessionId, Long memberId);

  List<LectureFeedback> feedbackOn(Long sessionId);

  void store(LectureFeedback feedback);

  /** The sessions from this day on of the organization at this path and those above it. */
  List<StudySession> upcomingFor(String orgPath, LocalDate from, int max);

  /** Sessions in scope held in the period, newest first. */
  List<StudySession> sessions(Scope scope, LocalDate from, LocalDate to, int max);

  /**
   * Makes the source's entries exactly these members', adding the missing and removing those no
   * longer credited; an entry already there stays as it is.
   */
  void credit(
      StudySource source,
      Long sourceId,
      Collection<Long> memberIds,
      LocalDate on,
      BigDecimal hours,
      String title);

  /** Credits one member for the source unless they are credited already. */
  void creditOnce(
      StudySource source,
      Long sourceId,
      Long memberId,
      LocalDate on,
      BigDecimal hours,
      String title);

  /** One member's entries in the period, oldest first. */
  List<StudyEntry> entries(Long memberId, LocalDate from, LocalDate to);

  /** The year's figures of the members of a subtree (leaders: the posts held on {@code on}). */
  YearFigures figures(String subtreePath, int year, LocalDate on);

  /** The same figures for each organization directly under this one, by its id. */
  Map<Long, YearFigures> figuresUnder(Long organizationId, int year, LocalDate on);

  /**
   * A page of the subtree's members in name order with their hours of the year; {@code onlyShort}:
   * those below their minimum.
   */
  List<YearLine> lines(
      String subtreePath, int year, LocalDate on, boolean onlyShort, int first, int max);

  /** The subtree's members with no hours in a quarter: how many, and the first in name order. */
  long countWithout(String subtreePath, int year, int quarter);

  List<YearLine> without(String subtreePath, int year, int quarter, int max);

  /** When the year's figures were last tallied, read from the database. */
  Optional<Instant> talliedAt(int year);

  /**
   * Claims the year's tally for counting when it is older than {@code maxAge} and no one else's
   * claim holds: true for one caller at a time across servers.
   */
  boolean claimTally(int year, Instant now, Duration maxAge);

  /** Counts the year's figures of every subtree again (leaders: the posts held on {@code on}). */
  void countTally(int year, LocalDate on, Instant now);

  /** The tallied figures of the organization's subtree. */
  Optional<SubtreeFigures> tallied(Long organizationId, int year);

  /** The tallied figures of each organization directly under this one, by its id. */
  Map<Long, SubtreeFigures> talliedUnder(Long organizationId, int year);

  /** Hours per member in the period, for these members. */
  Map<Long, BigDecimal> hours(Collection<Long> memberIds, LocalDate from, LocalDate to);
}
