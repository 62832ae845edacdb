package cn.dangjian.domain.dues;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DuesRepository {
  Optional<DuesBase> base(Long memberId, int year);

  /** The bases of these members for the year. */
  List<DuesBase> bases(Collection<Long> memberIds, int year);

  /** These members' payments for the months from {@code fromCode} to {@code toCode} (yyyymm). */
  List<DuesPayment> payments(Collection<Long> memberIds, int fromCode, int toCode);

  boolean paid(Long memberId, int monthCode);

  void store(DuesBase base);

  void store(DuesPayment payment);
}
