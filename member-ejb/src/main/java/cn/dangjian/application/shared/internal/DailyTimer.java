package cn.dangjian.application.shared.internal;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Logger;

/**
 * A daily persistent timer of a job: it lives in the database, so it survives restarts, a run
 * missed while the servers were down is made up once, and servers sharing the database run it once.
 * The schedule is "second minute hour" in Beijing time; {@code off} removes it (the integration
 * tests start each run themselves).
 */
public final class DailyTimer {
  private static final String OFF = "off";

  private DailyTimer() {}

  /**
   * Makes the timer service's one timer the {@code schedule} of the job {@code name}: kept when it
   * is already there, replaced when the configuration changed, removed when off.
   */
  public static void install(
      TimerService timers, String name, String property, String schedule, Logger log) {
    boolean off = OFF.equalsIgnoreCase(schedule.strip());
    String info = name + " " + schedule.strip();
    for (Timer t : timers.getTimers()) {
      if (!off && info.equals(t.getInfo())) {
        return;
      }
      t.cancel(); // switched off, or the schedule was changed in the configuration
    }
    if (off) {
      log.info(() -> name + " timer off: runs only when started through the API");
      return;
    }
    String[] f = schedule.strip().split("\\s+");
    if (f.length != 3) {
      throw new IllegalStateException(property + " must be 'second minute hour': " + schedule);
    }
    ScheduleExpression when =
        new ScheduleExpression()
            .second(f[0])
            .minute(f[1])
            .hour(f[2])
            .timezone(ClockProducer.ZONE.getId());
    timers.createCalendarTimer(when, new TimerConfig(info, true));
    log.info(() -> name + " scheduled: " + schedule);
  }
}
