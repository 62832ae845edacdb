package cn.dangjian.domain.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A message for one person by one channel, or for one organization's group chat by its robot,
 * recorded when the message is sent; at most one per message, person (or group) and channel. The
 * inbox is the person's deliveries by the app; the other channels' deliveries are the outbox,
 * claimed by one worker at a time ({@code claimedBy}: the claim's token, kept with the outcome so
 * that a provider's records can be matched to it), with the provider's last answer.
 */
@Entity
@Table(name = "message_delivery")
public class Delivery implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id", nullable = false)
  private Long messageId;

  /** The person; null for a group chat's post. */
  @Column(name = "member_id")
  private Long memberId;

  /** The organization whose group chat gets the post; null for a person's delivery. */
  @Column(name = "organization_id")
  private Long organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryStatus status;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(nullable = false)
  private int attempts;

  /** Not before: a retry's backoff, or the end of the member's quiet hours. */
  @Column(name = "next_at")
  private Instant nextAt;

  @Column(name = "claimed_by", length = 40)
  private String claimedBy;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  /** When a group's post was claimed by the wall clock, which its robot's rate is counted by. */
  @Column(name = "posted_at")
  private Instant postedAt;

  public static final int ANSWER_LENGTH = 300;

  /** The provider's answer (or the reason it was not sent). */
  @Column(length = ANSWER_LENGTH)
  private String answer;

  protected Delivery() {}

  /** A post for an organization's group chat, pending from {@code at}. */
  public static Delivery toGroup(Long messageId, Long organizationId, Channel channel, Instant at) {
    Delivery d = new Delivery();
    d.messageId = messageId;
    d.organizationId = organizationId;
    d.channel = channel;
    d.status = DeliveryStatus.PENDING;
    d.nextAt = at;
    return d;
  }

  public Long getMessageId() {
    return messageId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  /** Whom it is for: the person, or the organization of a group chat. */
  public Long recipient() {
    return memberId != null ? memberId : organizationId;
  }

  public Channel getChannel() {
    return channel;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public Long getId() {
    return id;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAt() {
    return nextAt;
  }

  public String getAnswer() {
    return answer;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  /**
   * What the provider knows this delivery's call by (Aliyun's OutId): the claim and the message.
   */
  public String reference() {
    return claimedBy + "-" + messageId;
  }
}
