package cn.dangjian.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every provider's calls share: {@code dangjian.messages.gateway} sends them all to another
 * address (a local stub for tests and demos), and the pause before a call's first retry.
 */
@ApplicationScoped
public class ProviderSettings {
  @Inject
  @ConfigProperty(name = "dangjian.messages.gateway")
  Optional<String> gateway;

  /** The pause before the first retry of a call; it doubles for the next. */
  @Inject
  @ConfigProperty(name = "dangjian.messages.retryPause", defaultValue = "PT0.5S")
  Duration retryPause;

  /** The official address, or the test gateway's in its place (scheme, host and port). */
  URI endpoint(String official) {
    return URI.create(gateway.filter(g -> !g.isBlank()).orElse(official));
  }

  Duration retryPause() {
    return retryPause;
  }
}
