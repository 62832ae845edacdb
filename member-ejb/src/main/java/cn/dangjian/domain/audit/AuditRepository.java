package cn.dangjian.domain.audit;

import java.util.List;

/** Append and read; there is deliberately no update or delete. */
public interface AuditRepository {
  void append(AuditEntry entry);

  /** Newest first. */
  List<AuditEntry> find(AuditFilter filter, int first, int max);

  /**
   * Newest first, the entries older than {@code after} (all when null): pages that new entries do
   * not shift.
   */
  List<AuditEntry> after(AuditFilter filter, AuditEntry after, int max);

  long count(AuditFilter filter);
}
