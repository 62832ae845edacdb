package cn.dangjian.application.meeting.internal;

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
 * Runs the meeting reminders daily ({@code dangjian.meetingScan.schedule}, "second minute hour",
 * default 08:30 Beijing time, in working hours; {@code off} stops it), once across servers.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class MeetingScanTimer {
  private static final Logger LOG = Logger.getLogger(MeetingScanTimer.class.getName());

  @Resource TimerService timers;
  @Inject MeetingScan scan;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.meetingScan.schedule", defaultValue = "0 30 8")
  String schedule;

  @PostConstruct
  void schedule() {
    DailyTimer.install(timers, "meeting-reminders", "dangjian.meetingScan.schedule", schedule, LOG);
  }

  @Timeout
  void run(Timer timer) {
    int n = scan.run(LocalDate.now(clock));
    LOG.info(() -> "Meeting reminders: " + n + " organizations reminded");
  }
}
