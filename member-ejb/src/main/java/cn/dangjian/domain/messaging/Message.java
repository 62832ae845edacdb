package cn.dangjian.domain.messaging;

import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A daily message (一句话直通学习): one sentence of a category for the members of a subtree (all or one
 * kind of them), sent at its time. It may be withdrawn until then; once sent, each person in its
 * audience has it in their inbox exactly once.
 */
@Entity
@Table(name = "message")
public class Message implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int TEXT_LENGTH = 300;

  /** A time a moment ago still means "now": the form was filled in before the minute turned. */
  private static final Duration JUST_NOW = Duration.ofMinutes(5);

  @Id
  @SequenceGenerator(name = "messageSeq", sequenceName = "message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "messageSeq")
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageCategory category;

  @Column(name = "body", nullable = false, length = TEXT_LENGTH)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MemberKind audience;

  @Column(name = "send_at", nullable = false)
  private Instant sendAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageStatus status;

  @Column(name = "written_by", nullable = false, length = 100)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  private Integer recipients;

  protected Message() {}

  public Message(
      Organization organization,
      MessageCategory category,
      String text,
      MemberKind audience,
      Instant sendAt,
      String writtenBy,
      Instant now) {
    List<Violation> problems = new ArrayList<>();
    if (category == null) {
      problems.add(new Violation("category", "message.category.required"));
    }
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
      problems.add(new Violation("text", "message.text", TEXT_LENGTH));
    }
    if (audience == null) {
      problems.add(new Violation("audience", "message.audience.required"));
    }
    if (sendAt == null || sendAt.isBefore(now.minus(JUST_NOW))) {
      problems.add(new Violation("sendAt", "message.sendAt"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.organization = organization;
    this.orgPath = organization.getPath();
    this.category = category;
    this.text = text.strip();
    this.audience = audience;
    this.sendAt = sendAt.isBefore(now) ? now : sendAt;
    this.status = MessageStatus.SCHEDULED;
    this.writtenBy = writtenBy;
    this.writtenAt = now;
  }

  /** Withdrawn before its time; a sent message stays with those who have it. */
  public void withdraw() {
    if (status != MessageStatus.SCHEDULED) {
      throw new ConflictException("message.withdraw.sent");
    }
    status = MessageStatus.WITHDRAWN;
  }

  /** Its deliveries are recorded: it reached {@code recipients} people. */
  public void sent(Instant at, int recipients) {
    if (status != MessageStatus.SCHEDULED) {
      throw new IllegalStateException("message " + id + " is " + status);
    }
    this.status = MessageStatus.SENT;
    this.sentAt = at;
    this.recipients = recipients;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public MessageCategory getCategory() {
    return category;
  }

  public String getText() {
    return text;
  }

  public MemberKind getAudience() {
    return audience;
  }

  public Instant getSendAt() {
    return sendAt;
  }

  public MessageStatus getStatus() {
    return status;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Integer getRecipients() {
    return recipients;
  }
}
