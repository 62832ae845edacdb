package cn.dangjian.application.audit;

import cn.dangjian.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log in the reader's language: when (Beijing time), who, what action on
 * which record, what happened, and the fields that changed. {@code key} names the kind of entry for
 * programs; people read {@code text}.
 */
public record AuditRecord(
    Long id,
    Instant at,
    String time,
    String actor,
    AuditAction action,
    String actionText,
    String entityType,
    String entityId,
    String object,
    String key,
    String text,
    List<FieldChange> changes)
    implements Serializable {

  /** A changed field: its label, the value before and after, as text. */
  public record FieldChange(String field, String before, String after) implements Serializable {}
}
