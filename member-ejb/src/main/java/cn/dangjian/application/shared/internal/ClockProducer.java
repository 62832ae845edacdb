package cn.dangjian.application.shared.internal;

import cn.dangjian.application.shared.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the group's time zone. Tests and demos pin it with the
 * {@code dangjian.clock.fixed} property (an ISO instant, e.g. 2026-11-24T01:00:00Z).
 */
@ApplicationScoped
public class ClockProducer {
  public static final ZoneId ZONE = BeijingTime.ZONE;

  @Inject
  @ConfigProperty(name = "dangjian.clock.fixed")
  Optional<String> fixed;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return fixed
        .filter(s -> !s.isBlank())
        .map(s -> Clock.fixed(Instant.parse(s), ZONE))
        .orElseGet(() -> Clock.system(ZONE));
  }
}
