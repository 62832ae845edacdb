package cn.dangjian.application.audit.internal;

import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditRecord.FieldChange;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditValues;
import cn.dangjian.domain.audit.AuditValues.Value;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** An audit entry as its reader reads it: their language, Beijing time, names instead of codes. */
record AuditText(Messages messages) {
  static final ZoneId BEIJING = ClockProducer.ZONE;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
  private static final String LEGACY = "audit.legacy";

  AuditRecord record(AuditEntry e) {
    String key = e.getMessageKey() == null ? LEGACY : e.getMessageKey();
    return new AuditRecord(
        e.getId(),
        e.getAt(),
        TIME.format(e.getAt()),
        e.getActor(),
        e.getAction(),
        messages.label(e.getAction()),
        e.getEntityType(),
        e.getEntityId(),
        object(e),
        key,
        messages.text(key, AuditValues.readArgs(e.getArgs()).stream().map(this::shown).toArray()),
        changes(e, key));
  }

  /** "张三（党员编号 1008）": the name written with the entry and the record's number. */
  private String object(AuditEntry e) {
    String type = e.getEntityType();
    if (e.getEntityId() == null) {
      return messages.text("audit.type." + type);
    }
    String ref = messages.text("audit.id." + type, e.getEntityId());
    return e.getSubject() == null ? ref : messages.text("audit.object", e.getSubject(), ref);
  }

  private List<FieldChange> changes(AuditEntry e, String key) {
    List<FieldChange> changes = new ArrayList<>();
    if (LEGACY.equals(key)) {
      if (e.getBefore() != null || e.getAfter() != null) {
        changes.add(
            new FieldChange(
                messages.text("audit.field.legacy"),
                nullToEmpty(e.getBefore()),
                nullToEmpty(e.getAfter())));
      }
      return changes;
    }
    for (List<Value> c : AuditValues.readChanges(e.getChanges())) {
      changes.add(new FieldChange(shown(c.get(0).text()), shown(c.get(1)), shown(c.get(2))));
    }
    return changes;
  }

  private String shown(Value v) {
    return v.key() ? messages.text(v.text()) : v.text();
  }

  private String shown(String key) {
    return messages.text(key);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
