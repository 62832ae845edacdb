package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.Scope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

public interface DueNoticeRepository {
  /** Keys ({@link DueNotice#key()}) of every notice already raised for the open cases. */
  Set<String> keysOfOpenCases();

  List<DueNotice> unresolved();

  /** Every notice raised for one case, resolved or not. */
  List<DueNotice> ofCase(Long caseId);

  /**
   * Unresolved notices addressed inside the scope or about a case inside it: overdue first, then by
   * due day.
   */
  List<DueNotice> visible(Scope scope, int max);

  /** Which of these notices the user has read. */
  Set<Long> readBy(String user, Collection<Long> noticeIds);

  long unread(Scope scope, String user);

  void markRead(String user, Long noticeId, Instant at);

  void store(DueNotice n);
}
