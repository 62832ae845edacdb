package cn.dangjian.domain.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface DuesRepository {
  Optional<DuesBase> base(Long memberId, int year);

  /** The bases of these members for the year. */
  List<DuesBase> bases(Collection<Long> memberIds, int year);

  /** These members' payments for the months from {@code fromCode} to {@code toCode} (yyyymm). */
  List<DuesPayment> payments(Collection<Long> memberIds, int fromCode, int toCode);

  boolean paid(Long memberId, int monthCode);

  /** These members' reliefs, of any status, that touch the months from {@code fromCode} on. */
  List<DuesRelief> reliefs(Collection<Long> memberIds, int fromCode, int toCode);

  /** The reliefs in the subtree of {@code path} in this status, oldest request first. */
  List<DuesRelief> reliefsIn(String path, ReliefStatus status, int max);

  /** The members of the subtree admitted before {@code before} (those who may owe the month). */
  List<DuesLine> owing(String path, LocalDate before);

  /** The monthly dues of the subtree's members with a base for the year, by member. */
  Map<Long, BigDecimal> monthlies(String path, int year);

  /** The approved reliefs of the subtree's members covering the month. */
  List<DuesRelief> approvedIn(String path, int monthCode);

  /** The payments for the month recorded in the subtree, each with its organization then. */
  List<DuesLine> paidIn(String path, int monthCode);

  /** The subtree's members with a payment made since the day. */
  Set<Long> paidSince(String path, LocalDate from);

  /** The subtree's members with a base for any year from {@code year} on. */
  Set<Long> withBaseSince(String path, int year);

  /** The names of these members, by id (for a list of who has not paid). */
  Map<Long, String> names(Collection<Long> memberIds);

  void store(DuesRelief relief);

  void store(DuesBase base);

  void store(DuesPayment payment);
}
