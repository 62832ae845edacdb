package cn.dangjian.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every provider's calls share: {@code dangjian.messages.gateway} sends them all to another
 * address (a local stub for tests and demos), the pause before a call's first retry, and where
 * secrets come from: a {@code jndiEntry} of the server named {@code dangjian/<name>} with {@code
 * decode="true"}, so that its value may be aes-encoded (Liberty decodes those, not variables read
 * through MicroProfile Config), or else the variable {@code dangjian.<name>}.
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

  /** The secret {@code name} (e.g. "sms.keySecret"), or the variable's {@code configured} value. */
  Optional<String> secret(String name, Optional<String> configured) {
    try {
      Object entry = new InitialContext().lookup("dangjian/" + name);
      if (entry != null && !entry.toString().isBlank()) {
        return Optional.of(entry.toString());
      }
    } catch (NamingException e) {
      // no such entry (or no naming at all, in unit tests): the variable
    }
    return configured.filter(v -> !v.isBlank());
  }

  /** The official address, or the test gateway's in its place (scheme, host and port). */
  URI endpoint(String official) {
    return URI.create(gateway.filter(g -> !g.isBlank()).orElse(official));
  }

  Duration retryPause() {
    return retryPause;
  }
}
