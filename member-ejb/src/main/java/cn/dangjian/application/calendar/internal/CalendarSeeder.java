package cn.dangjian.application.calendar.internal;

import cn.dangjian.domain.calendar.CalendarFile;
import cn.dangjian.domain.calendar.CalendarRepository;
import cn.dangjian.domain.calendar.CalendarYear;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the official calendar shipped with this release for the years the database does not know
 * yet; a year already there (shipped earlier, or loaded by an admin) is left as it is.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CalendarSeeder {
  private static final Logger LOG = Logger.getLogger(CalendarSeeder.class.getName());

  @Inject CalendarRepository repository;
  @Inject Clock clock;

  @PostConstruct
  void seed() {
    Set<Integer> known =
        repository.years().stream().map(CalendarYear::getYear).collect(Collectors.toSet());
    CalendarFile.Contents shipped = CalendarFile.shipped();
    for (int year : shipped.years()) {
      if (!known.contains(year)) {
        repository.store(new CalendarYear(year, "shipped", clock.instant()));
        shipped.days().stream()
            .filter(d -> d.getDay().getYear() == year)
            .forEach(repository::store);
        LOG.info(() -> "Official calendar " + year + " loaded");
      }
    }
  }

  @PermitAll
  public boolean done() {
    return true;
  }
}
