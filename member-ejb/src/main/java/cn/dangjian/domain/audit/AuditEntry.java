package cn.dangjian.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of the append-only audit log: who did what to which record, before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int STATE_LENGTH = 8000;

  @Id
  @SequenceGenerator(name = "auditSeq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditSeq")
  private Long id;

  @Column(name = "at_time", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AuditAction action;

  @Column(name = "entity_type", nullable = false, length = 40)
  private String entityType;

  @Column(name = "entity_id", length = 40)
  private String entityId;

  @Column(name = "before_state", length = STATE_LENGTH)
  private String before;

  @Column(name = "after_state", length = STATE_LENGTH)
  private String after;

  protected AuditEntry() {}

  public AuditEntry(Instant at, String actor, AuditAction action, String entityType, Object entityId,
      String before, String after) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId == null ? null : String.valueOf(entityId);
    this.before = clip(before);
    this.after = clip(after);
  }

  private static String clip(String s) {
    return s == null || s.length() <= STATE_LENGTH ? s : s.substring(0, STATE_LENGTH - 1) + "…";
  }

  public Long getId() { return id; }
  public Instant getAt() { return at; }
  public String getActor() { return actor; }
  public AuditAction getAction() { return action; }
  public String getEntityType() { return entityType; }
  public String getEntityId() { return entityId; }
  public String getBefore() { return before; }
  public String getAfter() { return after; }
}
