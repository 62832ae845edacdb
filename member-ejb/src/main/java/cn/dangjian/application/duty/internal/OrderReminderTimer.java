package cn.dangjian.application.duty.internal;

import cn.dangjian.application.shared.internal.DailyTimer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds of overdue supervision orders daily ({@code dangjian.orderReminders.schedule}, "second
 * minute hour", default 08:40 Beijing time; {@code off} stops it), once across servers.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OrderReminderTimer {
  private static final Logger LOG = Logger.getLogger(OrderReminderTimer.class.getName());

  @Resource TimerService timers;
  @Inject OrderReminders reminders;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.orderReminders.schedule", defaultValue = "0 40 8")
  String schedule;

  @PostConstruct
  void schedule() {
    DailyTimer.install(
        timers, "order-reminders", "dangjian.orderReminders.schedule", schedule, LOG);
  }

  @Timeout
  void run(Timer timer) {
    int n = reminders.run(LocalDate.now(clock));
    LOG.info(() -> "Supervision order reminders: " + n + " overdue orders reminded");
  }
}
