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

/**
 * One line of the append-only audit log: who did what to which record, as a message key with its
 * arguments and the changed fields, written in no language (see {@link AuditValues}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int STATE_LENGTH = 8000;
  static final int SUBJECT_LENGTH = 200;

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

  /**
   * The record's name when it was written (a member's name, an organization's), never looked up
   * later.
   */
  @Column(length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "message_key", length = 100)
  private String messageKey;

  @Column(length = 4000)
  private String args;

  @Column(length = 16000)
  private String changes;

  /** Raw text of entries written before the log became readable; read only. */
  @Column(name = "before_state", length = STATE_LENGTH, insertable = false, updatable = false)
  private String before;

  @Column(name = "after_state", length = STATE_LENGTH, insertable = false, updatable = false)
  private String after;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at,
      String actor,
      AuditAction action,
      String entityType,
      Object entityId,
      String subject,
      String messageKey,
      String args,
      String changes) {
    this.at = at;
    this.actor = clip(actor, 64);
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId == null ? null : clip(String.valueOf(entityId), 40);
    this.subject = clip(subject, SUBJECT_LENGTH);
    this.messageKey = messageKey;
    this.args = args;
    this.changes = changes;
  }

  /** Whatever a caller typed (an account name at a failed login, a reason) fits its place. */
  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSubject() {
    return subject;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public String getArgs() {
    return args;
  }

  public String getChanges() {
    return changes;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
