package cn.dangjian.application.messaging.internal;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.messaging.MessageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Sends due messages, each in a transaction of its own: the message is locked, its deliveries
 * recorded and the message marked sent together, so a server killed halfway leaves it scheduled for
 * the next run, and a second server waiting on the lock finds it sent.
 */
@ApplicationScoped
public class MessageSending {
  private static final Logger LOG = Logger.getLogger(MessageSending.class.getName());
  private static final int BATCH = 100;

  @Inject MessageRepository messages;
  @Inject MessageSending self;
  @Inject Outbox outbox;

  public int sendDue(Instant now) {
    int sent = 0;
    for (Long id : messages.due(now, BATCH)) {
      if (self.send(id, now)) {
        sent++;
      }
    }
    return sent;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean send(Long id, Instant now) {
    Message m = messages.lockedForSending(id).orElse(null);
    if (m == null || m.getStatus() != MessageStatus.SCHEDULED || m.getSendAt().isAfter(now)) {
      return false; // withdrawn, or sent by another server meanwhile
    }
    LocalDate today = now.atZone(ClockProducer.ZONE).toLocalDate();
    int recipients = messages.deliverToInboxes(m, now, today);
    // the outbox is recorded in the same transaction: a server killed now leaves none of it
    for (ChannelSender channel : outbox.configured()) {
      if (channel.channel().toGroups()) {
        messages.addToGroups(m, channel.channel(), channel.groups(), now);
      } else {
        messages.addToOutbox(m, channel.channel(), now, today);
      }
    }
    m.sent(now, recipients);
    LOG.info(() -> "Message " + id + " sent to " + recipients + " inboxes");
    return true;
  }
}
