package cn.dangjian.infrastructure.messaging;

import cn.dangjian.application.messaging.ChannelSender;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Messages to people from the group's application in WeCom or DingTalk, by their account in it:
 * both take an access token (gettoken, valid 2 hours: kept until shortly before it expires, fetched
 * again when the provider says it is no longer valid) and answer with an errcode.
 */
abstract class CorpAppSender implements ChannelSender {
  /** Invalid, wrong or expired token: refused before anything was sent. */
  private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);

  @Inject ProviderSettings settings;

  private String token;
  private Instant tokenUntil = Instant.MIN;

  /** The application's id in the provider (WeCom's corpId, DingTalk's appKey). */
  abstract Optional<String> appId();

  /** The name of its secret ({@link ProviderSettings#secret}) and the variable that may hold it. */
  abstract String secretName();

  abstract Optional<String> secretVariable();

  /** The application's agent id (a number) as configured. */
  abstract Optional<String> agentIdVariable();

  /** The provider's gettoken for the application's credentials. */
  abstract HttpRequest tokenRequest(String appId, String secret);

  @Override
  public boolean configured() {
    return appId().filter(s -> !s.isBlank()).isPresent()
        && secret().isPresent()
        && agentIdVariable().filter(s -> s.strip().matches("\\d+")).isPresent();
  }

  private Optional<String> secret() {
    return settings.secret(secretName(), secretVariable());
  }

  long agentId() {
    return Long.parseLong(agentIdVariable().orElseThrow().strip());
  }

  /** One call for the accounts, with the token. */
  abstract HttpRequest sendRequest(String accessToken, String text, List<String> accounts);

  /** Each account's outcome from an answer without a token problem. */
  abstract List<Outcome> outcomes(JsonObject answer, int errcode, List<String> accounts);

  @Override
  public List<Outcome> send(String text, List<String> accounts, String reference) {
    for (int round = 1; ; round++) {
      Optional<String> current = token(round > 1);
      if (current.isEmpty()) {
        return ProviderCall.all(accounts, Outcome.later("gettoken failed"));
      }
      ProviderCall.Answer answer =
          ProviderCall.send(
              () -> sendRequest(current.get(), text, accounts), settings.retryPause(), () -> {});
      if (answer.failure() != null) {
        return ProviderCall.all(accounts, answer.failure());
      }
      JsonObject json = answer.json();
      int errcode = json.getInt("errcode", -2);
      if (TOKEN_INVALID.contains(errcode) && round == 1) {
        continue; // once more with a new token
      }
      return outcomes(json, errcode, accounts);
    }
  }

  /** The access token, fetched again when {@code renew} or when it is about to expire. */
  private synchronized Optional<String> token(boolean renew) {
    if (!renew && token != null && Instant.now().isBefore(tokenUntil)) {
      return Optional.of(token);
    }
    try {
      HttpResponse<String> r =
          ProviderCall.HTTP.send(
              tokenRequest(appId().orElseThrow(), secret().orElseThrow()),
              HttpResponse.BodyHandlers.ofString());
      JsonObject json = ProviderCall.json(r.body());
      if (json.getInt("errcode", -2) != 0 || !json.containsKey("access_token")) {
        return Optional.empty();
      }
      token = json.getString("access_token");
      // a few minutes' margin: a token that expires mid-call is refused and fetched again
      tokenUntil = Instant.now().plusSeconds(Math.max(60, json.getInt("expires_in", 7200) - 300));
      return Optional.of(token);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** A JSON POST to {@code path} of the provider, the token in the query. */
  HttpRequest post(URI base, String path, String accessToken, String body) {
    return HttpRequest.newBuilder(
            URI.create(
                base
                    + path
                    + "?access_token="
                    + URLEncoder.encode(accessToken, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A GET of {@code path} with the query's two credentials. */
  static HttpRequest get(
      URI base, String path, String idName, String id, String secretName, String secret) {
    return HttpRequest.newBuilder(
            URI.create(
                base
                    + path
                    + "?"
                    + idName
                    + "="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8)
                    + "&"
                    + secretName
                    + "="
                    + URLEncoder.encode(secret, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(15))
        .GET()
        .build();
  }
}
