package cn.dangjian.application.audit;

import cn.dangjian.domain.audit.AuditAction;
import jakarta.ejb.Local;
import java.util.List;

/** Reading the audit log: the group admin and the auditor only. */
@Local
public interface AuditService {
  List<AuditRecord> latest(String entityType, String entityId, AuditAction action, int first, int max);

  long count(String entityType, String entityId, AuditAction action);
}
