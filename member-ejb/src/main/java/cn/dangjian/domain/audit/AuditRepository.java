package cn.dangjian.domain.audit;

import java.util.List;

/** Append and read; there is deliberately no update or delete. */
public interface AuditRepository {
  void append(AuditEntry entry);

  List<AuditEntry> latest(String entityType, String entityId, AuditAction action, int first, int max);

  long count(String entityType, String entityId, AuditAction action);
}
