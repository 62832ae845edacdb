package cn.dangjian.infrastructure.messaging;

import cn.dangjian.application.messaging.ChannelSender.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * One call of a provider's HTTP API: a call that never left (no connection) or got a 5xx answer is
 * tried again a few times with a doubling pause; one that may have arrived (a timeout after it
 * left) is never repeated, its outcome unknown.
 */
final class ProviderCall {
  private static final Logger LOG = Logger.getLogger(ProviderCall.class.getName());
  static final int TRIES = 3;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Waits for the caller's next slot under its rate. */
  interface Pace {
    void await() throws InterruptedException;
  }

  /** The provider's answer (below 500), or the outcome when there is none. */
  record Answer(HttpResponse<String> response, Outcome failure) {
    JsonObject json() {
      return ProviderCall.json(response.body());
    }
  }

  private ProviderCall() {}

  /** {@code request} is built again for each try (a signature may carry the time). */
  static Answer send(Supplier<HttpRequest> request, Duration retryPause, Pace pace) {
    Duration pause = retryPause;
    for (int attempt = 1; ; attempt++) {
      Optional<HttpResponse<String>> answer;
      try {
        pace.await();
        answer = Optional.of(HTTP.send(request.get(), HttpResponse.BodyHandlers.ofString()));
      } catch (HttpConnectTimeoutException | ConnectException e) {
        answer = Optional.empty(); // the request never left: safe to try again
      } catch (HttpTimeoutException e) {
        return new Answer(null, Outcome.unknown("timeout"));
      } catch (IOException e) {
        return new Answer(null, Outcome.unknown(e.getClass().getSimpleName()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(null, Outcome.unknown("interrupted"));
      }
      if (answer.isPresent() && answer.get().statusCode() < 500) {
        return new Answer(answer.get(), null);
      }
      String why = answer.map(r -> "HTTP " + r.statusCode()).orElse("no connection");
      if (attempt == TRIES) {
        return new Answer(null, Outcome.later(why));
      }
      LOG.fine(() -> "Provider: " + why + ", trying again");
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(null, Outcome.later(why));
      }
      pause = pause.multipliedBy(2);
    }
  }

  static String host(URI uri) {
    return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  /** The same outcome for each recipient of a call. */
  static List<Outcome> all(List<String> recipients, Outcome o) {
    return Collections.nCopies(recipients.size(), o);
  }

  static JsonObject json(String body) {
    try {
      return Json.createReader(new StringReader(body)).readObject();
    } catch (RuntimeException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }
}
