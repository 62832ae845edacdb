package cn.dangjian.application.recruitment.internal;

import cn.dangjian.application.recruitment.ScanResult;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the due scan daily as a persistent timer: it lives in the database, so it survives restarts,
 * a run missed while the server was down is made up once, and servers sharing the database run it
 * once. The schedule is {@code dangjian.dueScan.schedule} ("second minute hour", default 01:30);
 * {@code off} stops the timer (the integration tests start each scan themselves).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DueScanTimer {
  private static final Logger LOG = Logger.getLogger(DueScanTimer.class.getName());
  private static final String NAME = "recruitment-due-scan";

  @Resource TimerService timers;
  @Inject DueScan scan;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.dueScan.schedule", defaultValue = "0 30 1")
  String schedule;

  @PostConstruct
  void schedule() {
    DailyTimer.install(timers, NAME, "dangjian.dueScan.schedule", schedule, LOG);
  }

  @Timeout
  void run(Timer timer) {
    ScanResult r = scan.run(LocalDate.now(clock));
    LOG.log(
        r.raised() + r.resolved() > 0 ? Level.INFO : Level.FINE,
        () ->
            "Due scan "
                + r.on()
                + ": "
                + r.openCases()
                + " open cases, "
                + r.raised()
                + " notices raised, "
                + r.resolved()
                + " resolved");
  }
}
