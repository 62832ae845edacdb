package cn.dangjian.application.audit;

import cn.dangjian.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which audit entries to read: a period of Beijing days (both ends included), the operator's user
 * id, the kind and id of the record, the action. A null or blank part does not filter.
 */
public record AuditQuery(
    LocalDate from,
    LocalDate to,
    String actor,
    String entityType,
    String entityId,
    AuditAction action)
    implements Serializable {

  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
