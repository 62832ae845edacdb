package cn.dangjian.domain.messaging;

import cn.dangjian.domain.shared.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface MessageRepository {
  void store(Message m);

  /** Messages of organizations in the scope due in the period, in the order they go out. */
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

  /** A page of the messages in a member's inbox, newest first; {@code category} null: all. */
  List<Message> inbox(Long memberId, MessageCategory category, int first, int max);

  long inboxSize(Long memberId, MessageCategory category);
}
