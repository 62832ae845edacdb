package cn.dangjian.application.messaging.internal;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.domain.messaging.Delivery;
import cn.dangjian.domain.messaging.DeliveryStatus;
import cn.dangjian.domain.messaging.MessageRepository;
import cn.dangjian.domain.messaging.QuietHours;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: for each configured channel, deliveries are claimed in batches (each by one
 * worker, whatever the number of servers; a server's workers each take their own members, so that a
 * member's daily limit is counted one batch after another), handed to the provider, and settled
 * alike together. A claim older than the lease ({@code dangjian.messages.lease}, 5 minutes) was
 * left by a server that stopped mid-call: UNCERTAIN, never sent twice by itself; where the provider
 * keeps records of its calls it is asked a lease later: SENT if it has the call, PENDING (sent once
 * more) if not. The member's quiet hours hold a delivery back until they end; a provider that
 * cannot take it now gets it again after a backoff that doubles, up to {@link #ATTEMPTS} times. A
 * group chat's robot gets at most its posts a minute, counted across servers; an address with a
 * daily limit (an SMS number) gets the rest the next day.
 */
@ApplicationScoped
public class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
  static final int ATTEMPTS = 6;
  private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);

  /** Batches per channel and run, so a run ends and the next one starts with fresh claims. */
  private static final int BATCHES = 200;

  /** Uncertain deliveries taken at once to ask about: far fewer than a lease's worth of calls. */
  private static final int QUESTIONS = 20;

  /** How long a claim may last before its server counts as stopped mid-call. */
  @Inject
  @ConfigProperty(name = "dangjian.messages.lease", defaultValue = "PT5M")
  Duration lease;

  /**
   * Workers sending a channel's batches at once on this server ({@code dangjian.messages.workers},
   * 4): while one waits for the provider's answer, another claims, reads and settles.
   */
  @Inject
  @ConfigProperty(name = "dangjian.messages.workers", defaultValue = "4")
  int workers;

  @Resource ManagedExecutorService executor;

  @Inject MessageRepository messages;
  @Inject @Any Instance<ChannelSender> senders;
  @Inject Outbox self;

  /** The channels whose provider is configured on this server. */
  public List<ChannelSender> configured() {
    List<ChannelSender> on = new ArrayList<>();
    senders.forEach(
        s -> {
          if (s.configured()) {
            on.add(s);
          }
        });
    return on;
  }

  /** Sends what is due; answers how many deliveries were settled as sent. */
  public int deliverDue(Instant now) {
    int sent = 0;
    for (ChannelSender sender : configured()) {
      try {
        sent += deliverDue(sender, now);
      } catch (RuntimeException e) {
        // one channel's trouble holds back neither the others nor the inboxes; the next run retries
        LOG.log(Level.WARNING, "Outbox of " + sender.channel() + " stopped", e);
      }
    }
    return sent;
  }

  private int deliverDue(ChannelSender sender, Instant now) {
    self.expire(sender, now);
    reconcile(sender, now);
    // a group chat's posts keep their order, and its robot's rate bounds them anyway
    int parts = sender.channel().toGroups() ? 1 : Math.max(1, workers);
    AtomicInteger batches = new AtomicInteger(BATCHES);
    List<Future<Integer>> others = new ArrayList<>();
    for (int part = 1; part < parts; part++) {
      int p = part;
      others.add(executor.submit(() -> deliverDue(sender, now, parts, p, batches)));
    }
    int sent = deliverDue(sender, now, parts, 0, batches);
    for (Future<Integer> other : others) {
      sent += finished(other, sender);
    }
    return sent;
  }

  /** One worker: claims and sends batches of its part of the members while there are some. */
  private int deliverDue(
      ChannelSender sender, Instant now, int parts, int part, AtomicInteger batches) {
    int sent = 0;
    String token = UUID.randomUUID().toString();
    while (batches.getAndDecrement() > 0) {
      List<Delivery> batch = self.claim(sender, now, token, parts, part);
      if (batch.isEmpty()) {
        break;
      }
      sent += deliver(sender, batch, now);
    }
    return sent;
  }

  private static int finished(Future<Integer> worker, ChannelSender sender) {
    try {
      return worker.get();
    } catch (ExecutionException e) {
      // its claimed batch, if any, waits out the lease like a stopped server's
      LOG.log(Level.WARNING, "A worker of " + sender.channel() + " stopped", e.getCause());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /**
   * Asks the provider about each delivery left uncertain a lease ago, one question each, up to a
   * batch a run; taken a few at a time, so runs at once (and a run that stops) ask apart.
   */
  private void reconcile(ChannelSender sender, Instant now) {
    for (int asked = 0; asked < sender.batchSize(); ) {
      List<Delivery> uncertain = self.uncertain(sender, now);
      if (uncertain.isEmpty()) {
        return;
      }
      ask(sender, uncertain, now);
      asked += uncertain.size();
    }
  }

  private void ask(ChannelSender sender, List<Delivery> uncertain, Instant now) {
    Map<Long, String> addresses =
        self.addresses(sender, uncertain.stream().map(Delivery::recipient).toList());
    for (Delivery d : uncertain) {
      String address = addresses.get(d.recipient());
      Optional<Boolean> received =
          address == null
              ? Optional.empty()
              : sender.received(address, d.reference(), d.getClaimedAt());
      if (received.isEmpty()) {
        self.resolve(d, DeliveryStatus.UNCERTAIN, now, MessageRepository.UNCONFIRMED);
      } else if (received.get()) {
        self.resolve(d, DeliveryStatus.SENT, now, "delivery.confirmed");
      } else {
        self.resolve(d, DeliveryStatus.PENDING, now, "delivery.notReceived");
      }
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Delivery> uncertain(ChannelSender sender, Instant now) {
    return messages.uncertain(sender.channel(), now.minus(lease), now, now.plus(lease), QUESTIONS);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void resolve(Delivery d, DeliveryStatus status, Instant now, String answer) {
    messages.resolve(d.getId(), status, now, answer);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void expire(ChannelSender sender, Instant now) {
    int left = messages.expireClaims(sender.channel(), now.minus(lease));
    if (left > 0) {
      LOG.warning(() -> left + " " + sender.channel() + " deliveries left mid-call: UNCERTAIN");
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Delivery> claim(
      ChannelSender sender, Instant now, String token, int parts, int part) {
    return sender.channel().toGroups()
        ? messages.claimPerGroup(
            sender.channel(),
            now,
            Instant.now(), // a provider counts its rate by the wall clock, not the application's
            token,
            sender.perGroupPerMinute(),
            sender.batchSize())
        : messages.claim(sender.channel(), now, token, sender.batchSize(), parts, part);
  }

  /** Outside a transaction: the provider's call holds no database lock. */
  private int deliver(ChannelSender sender, List<Delivery> batch, Instant now) {
    List<Long> recipients = batch.stream().map(Delivery::recipient).toList();
    Map<Long, String> addresses = self.addresses(sender, recipients);
    boolean people = !sender.channel().toGroups();
    Map<Long, QuietHours> quiet = people ? self.quietHours(recipients) : Map.of();
    ZonedDateTime today =
        now.atZone(ClockProducer.ZONE).toLocalDate().atStartOfDay(ClockProducer.ZONE);
    Map<Long, Long> sentToday =
        people && sender.perAddressPerDay() > 0
            ? new HashMap<>(self.sentSince(sender, recipients, today.toInstant()))
            : new HashMap<>();
    Map<Long, List<Delivery>> byMessage = new HashMap<>();
    Map<Long, Settlement> settled = new HashMap<>();
    for (Delivery d : batch) {
      String address = addresses.get(d.recipient());
      QuietHours q = quiet.get(d.recipient());
      Instant release = q == null ? now : q.release(now.atZone(ClockProducer.ZONE)).toInstant();
      if (address == null) {
        settled.put(
            d.getId(),
            new Settlement(DeliveryStatus.FAILED, d.getAttempts(), now, "delivery.noAddress"));
      } else if (release.isAfter(now)) {
        settled.put(
            d.getId(),
            new Settlement(
                DeliveryStatus.PENDING, d.getAttempts(), release, MessageRepository.QUIET_HOURS));
      } else if (sender.perAddressPerDay() > 0
          && sentToday.merge(d.recipient(), 1L, Long::sum) > sender.perAddressPerDay()) {
        settled.put(
            d.getId(),
            new Settlement(
                DeliveryStatus.PENDING,
                d.getAttempts(),
                today.plusDays(1).toInstant(),
                "delivery.dailyLimit"));
      } else {
        byMessage.computeIfAbsent(d.getMessageId(), m -> new ArrayList<>()).add(d);
      }
    }
    // what no call carries is settled first: a server stopping mid-call leaves only the call's
    self.settle(settled);
    settled.clear();
    int sent = 0;
    for (var e : byMessage.entrySet()) {
      List<Delivery> group = e.getValue();
      List<ChannelSender.Outcome> outcomes =
          sender.send(
              self.text(e.getKey()),
              group.stream().map(d -> addresses.get(d.recipient())).toList(),
              group.get(0).reference());
      for (int i = 0; i < group.size(); i++) {
        Delivery d = group.get(i);
        ChannelSender.Outcome o = outcomes.get(i);
        int attempts = d.getAttempts() + 1;
        Settlement s =
            switch (o.result()) {
              case SENT -> new Settlement(DeliveryStatus.SENT, attempts, now, o.answer());
              case REFUSED -> new Settlement(DeliveryStatus.FAILED, attempts, now, o.answer());
              case UNKNOWN -> new Settlement(DeliveryStatus.UNCERTAIN, attempts, now, o.answer());
              case LATER ->
                  attempts >= ATTEMPTS
                      ? new Settlement(DeliveryStatus.FAILED, attempts, now, o.answer())
                      : new Settlement(
                          DeliveryStatus.PENDING,
                          attempts,
                          now.plus(FIRST_BACKOFF.multipliedBy(1L << (attempts - 1))),
                          o.answer());
            };
        if (s.status() == DeliveryStatus.SENT) {
          sent++;
        }
        settled.put(d.getId(), s);
      }
    }
    self.settle(settled);
    return sent;
  }

  record Settlement(DeliveryStatus status, int attempts, Instant at, String answer) {}

  /** Alike outcomes (a call's numbers, mostly) settled by one statement. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void settle(Map<Long, Settlement> settled) {
    if (settled.isEmpty()) {
      return;
    }
    Map<Settlement, List<Long>> alike = new HashMap<>();
    settled.forEach((id, s) -> alike.computeIfAbsent(s, k -> new ArrayList<>()).add(id));
    alike.forEach((s, ids) -> messages.settle(ids, s.status(), s.attempts(), s.at(), s.answer()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, String> addresses(ChannelSender sender, List<Long> people) {
    return messages.addresses(sender.channel(), people);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, Long> sentSince(ChannelSender sender, List<Long> people, Instant since) {
    return messages.sentSince(sender.channel(), people, since);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, QuietHours> quietHours(List<Long> people) {
    return messages.quietHours(people);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String text(Long messageId) {
    return messages.text(messageId);
  }
}
