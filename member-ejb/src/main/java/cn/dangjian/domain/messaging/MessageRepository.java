package cn.dangjian.domain.messaging;

import cn.dangjian.domain.shared.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface MessageRepository {
  void store(Message m);

  /**
   * Messages (not notices) of organizations in the scope due in the period, in the order they go
   * out.
   */
  List<Message> dueBetween(Scope scope, Instant from, Instant to, int max);

  /** The ids of scheduled messages whose time has come. */
  List<Long> due(Instant now, int max);

  /** The message, locked for sending: a second server waits, then finds it sent. */
  Optional<Message> lockedForSending(Long id);

  /**
   * Puts the message in the inbox of each person of its audience (leaders: posts held on {@code
   * on}); answers how many.
   */
  int deliverToInboxes(Message m, Instant at, LocalDate on);

  /**
   * Records a pending delivery by {@code channel} for each person of the audience who chose it;
   * answers how many.
   */
  int addToOutbox(Message m, Channel channel, Instant at, LocalDate on);

  /**
   * Records a pending post by {@code channel} for each organization of the message's subtree whose
   * code is among {@code codes} (those with a robot), when the message is for all members there;
   * answers how many.
   */
  int addToGroups(Message m, Channel channel, Collection<String> codes, Instant at);

  /**
   * Puts the message in the inbox of each of these people and records their chosen channels'
   * deliveries (by the configured {@code channels}); answers how many people.
   */
  int deliverTo(Message m, Collection<Long> people, Collection<Channel> channels, Instant at);

  /**
   * Waits for the outbox's turn, held until the transaction ends. Every method here that changes
   * deliveries' states takes it first, so the workers of several servers change them one
   * transaction at a time and never wait on each other's rows in a cycle (Derby, without row
   * versions, found one only after its 20 s deadlock timeout). A transaction that also changes
   * other rows the fan-out reads takes it before them.
   */
  void takeOutboxTurn();

  /** Deliveries claimed by a worker longer ago than {@code before}: UNCERTAIN; answers how many. */
  int expireClaims(Channel channel, Instant before);

  /**
   * Claims up to {@code max} pending deliveries by {@code channel} due by {@code now} for the
   * worker {@code token}, of the members whose id leaves {@code part} divided by {@code parts} (a
   * server's workers each take their own members, so a member's deliveries go one after another); a
   * delivery another worker claimed meanwhile is not among those answered.
   */
  List<Delivery> claim(Channel channel, Instant now, String token, int max, int parts, int part);

  /**
   * Claims one pending post per group due by {@code now}, of groups whose posts claimed in the
   * minute before {@code wallNow} (by any server) are fewer than {@code perMinute}; at most {@code
   * max}.
   */
  List<Delivery> claimPerGroup(
      Channel channel, Instant now, Instant wallNow, String token, int perMinute, int max);

  /**
   * The outcome of claimed deliveries (one statement for those alike): SENT, FAILED, UNCERTAIN, or
   * PENDING again (a retry, quiet hours) from {@code at}.
   */
  void settle(
      Collection<Long> deliveryIds, DeliveryStatus status, int attempts, Instant at, String answer);

  /** The answer of a delivery held back by the member's quiet hours. */
  String QUIET_HOURS = "delivery.quietHours";

  /** The answer of an uncertain delivery the provider could not confirm either way. */
  String UNCONFIRMED = "delivery.unconfirmed";

  /**
   * Takes up to {@code max} uncertain deliveries claimed before {@code claimedBefore}, not yet
   * asked about and not taken by another run since {@code now}: none is taken again before {@code
   * askAgain} (a run that stops leaves them to a later one).
   */
  List<Delivery> uncertain(
      Channel channel, Instant claimedBefore, Instant now, Instant askAgain, int max);

  /** An uncertain delivery resolved: SENT (the provider has it), PENDING (it has not), or kept. */
  void resolve(Long deliveryId, DeliveryStatus status, Instant at, String answer);

  /**
   * Each recipient's address for a channel (SMS: the phone; e-mail, WeCom: the chosen address; a
   * group: its organization's code, which names its robot in the server's configuration).
   */
  Map<Long, String> addresses(Channel channel, Collection<Long> recipients);

  /** The quiet hours of those who set them. */
  Map<Long, QuietHours> quietHours(Collection<Long> memberIds);

  Optional<MessagePreference> preference(Long memberId);

  /** A message's text, for its deliveries. */
  String text(Long messageId);

  void store(MessagePreference p);

  /**
   * The member's deliveries held back by their quiet hours go at the next run (the hours changed;
   * the new ones apply then); none is resent.
   */
  void releaseWaiting(Long memberId, Instant now);

  /** The member's pending deliveries by a channel they turned off: CANCELLED. */
  void cancelPending(Long memberId, Channel channel, Instant now);

  /** How many deliveries by {@code channel} went to each of the members since {@code since}. */
  Map<Long, Long> sentSince(Channel channel, Collection<Long> memberIds, Instant since);

  /**
   * Counts of a message's deliveries by the path of the member's organization (a group's: its
   * organization's), channel and status: rows of path, channel, status, count.
   */
  List<Object[]> countsByPath(Long messageId);

  /**
   * The failed and uncertain deliveries of a message: member id (null for a group), the member's
   * name, the group's organization's name, channel, status, answer; at most {@code max}.
   */
  List<Object[]> problems(Long messageId, int max);

  /** Failed and uncertain deliveries of the message pending again, as new; answers how many. */
  int resend(Long messageId, Instant now);

  /** A page of the messages in a member's inbox, newest first; {@code category} null: all. */
  List<Message> inbox(Long memberId, MessageCategory category, int first, int max);

  long inboxSize(Long memberId, MessageCategory category);
}
