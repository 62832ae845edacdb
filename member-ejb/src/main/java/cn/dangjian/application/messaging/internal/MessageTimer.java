package cn.dangjian.application.messaging.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for due messages, then sends the outbox's due deliveries, every {@code
 * dangjian.messages.every} seconds (default 60) on each server; the lock on each message and the
 * claim on each delivery make the servers sharing the database send each once. {@code off} stops it
 * (the integration tests send due messages themselves: POST /api/v1/messages/send-due).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class MessageTimer {
  @Resource TimerService timers;
  @Inject MessageSending sending;
  @Inject Outbox outbox;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.messages.every", defaultValue = "60")
  String every;

  @PostConstruct
  void start() {
    if (!"off".equalsIgnoreCase(every.strip())) {
      long millis = Long.parseLong(every.strip()) * 1000;
      timers.createIntervalTimer(millis, millis, new TimerConfig("messages", false));
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    Instant now = clock.instant();
    sending.sendDue(now);
    outbox.deliverDue(now);
  }
}
