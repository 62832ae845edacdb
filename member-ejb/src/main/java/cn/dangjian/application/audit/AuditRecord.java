package cn.dangjian.application.audit;

import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log as pages and the API show it. */
public record AuditRecord(Long id, Instant at, String actor, AuditAction action, String entityType,
    String entityId, String before, String after) implements Serializable {

  public static AuditRecord of(AuditEntry e) {
    return new AuditRecord(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(),
        e.getEntityId(), e.getBefore(), e.getAfter());
  }
}
