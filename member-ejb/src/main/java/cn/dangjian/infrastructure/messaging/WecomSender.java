package cn.dangjian.infrastructure.messaging;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WeCom application messages to members by their WeCom account (UserID), up to 1,000 a call, from
 * the group's application ({@code dangjian.wecom.corpId}, {@code secret}, {@code agentId}). The
 * access token is kept until shortly before it expires and fetched again when WeCom says it is no
 * longer valid.
 */
@ApplicationScoped
public class WecomSender implements ChannelSender {
  @Inject ProviderSettings settings;
  private static final int BATCH = 1000;
  private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);

  @Inject
  @ConfigProperty(name = "dangjian.wecom.corpId")
  Optional<String> corpId;

  @Inject
  @ConfigProperty(name = "dangjian.wecom.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "dangjian.wecom.agentId")
  Optional<String> agentId;

  private String token;
  private Instant tokenUntil = Instant.MIN;

  @Override
  public Channel channel() {
    return Channel.WECOM;
  }

  @Override
  public boolean configured() {
    return corpId.filter(s -> !s.isBlank()).isPresent()
        && settings.secret("wecom.secret", secret).isPresent()
        && agentId.filter(s -> s.strip().matches("\\d+")).isPresent();
  }

  @Override
  public int batchSize() {
    return BATCH;
  }

  @Override
  public List<Outcome> send(String text, List<String> accounts, String reference) {
    for (int round = 1; ; round++) {
      Optional<String> current = token(round > 1);
      if (current.isEmpty()) {
        return ProviderCall.all(accounts, Outcome.later("gettoken failed"));
      }
      ProviderCall.Answer answer =
          ProviderCall.send(
              () -> request(current.get(), text, accounts), settings.retryPause(), () -> {});
      if (answer.failure() != null) {
        return ProviderCall.all(accounts, answer.failure());
      }
      JsonObject json = answer.json();
      int errcode = json.getInt("errcode", -2);
      if (TOKEN_INVALID.contains(errcode) && round == 1) {
        continue; // refused before anything was sent: once more with a new token
      }
      return outcomes(json, errcode, accounts);
    }
  }

  private HttpRequest request(String accessToken, String text, List<String> accounts) {
    JsonObject content = ProviderCall.json(ChatText.body(text)).getJsonObject("text");
    String body =
        Json.createObjectBuilder()
            .add("touser", String.join("|", accounts))
            .add("msgtype", "text")
            .add("agentid", Long.parseLong(agentId.orElseThrow().strip()))
            .add("text", content)
            .build()
            .toString();
    return HttpRequest.newBuilder(
            URI.create(
                base()
                    + "/cgi-bin/message/send?access_token="
                    + URLEncoder.encode(accessToken, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** An answer for the call; the accounts WeCom names as invalid or unlicensed are refused. */
  private static List<Outcome> outcomes(JsonObject json, int errcode, List<String> accounts) {
    String said = errcode + ": " + json.getString("errmsg", "");
    if (errcode != 0) {
      return ProviderCall.all(
          accounts,
          errcode == -1 || errcode == 45009 ? Outcome.later(said) : Outcome.refused(said));
    }
    Set<String> invalid = new java.util.HashSet<>();
    for (String field : List.of("invaliduser", "unlicenseduser")) {
      for (String a : json.getString(field, "").split("\\|")) {
        if (!a.isBlank()) {
          invalid.add(a.toLowerCase(java.util.Locale.ROOT)); // WeCom answers UserIDs in lower case
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (String a : accounts) {
      outcomes.add(
          invalid.contains(a.toLowerCase(java.util.Locale.ROOT))
              ? Outcome.refused("invaliduser: " + a)
              : Outcome.sent(json.getString("msgid", "ok")));
    }
    return outcomes;
  }

  /** The access token, fetched again when {@code renew} or when it is about to expire. */
  private synchronized Optional<String> token(boolean renew) {
    if (!renew && token != null && Instant.now().isBefore(tokenUntil)) {
      return Optional.of(token);
    }
    HttpRequest get =
        HttpRequest.newBuilder(
                URI.create(
                    base()
                        + "/cgi-bin/gettoken?corpid="
                        + URLEncoder.encode(corpId.orElseThrow(), StandardCharsets.UTF_8)
                        + "&corpsecret="
                        + URLEncoder.encode(
                            settings.secret("wecom.secret", secret).orElseThrow(),
                            StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(15))
            .GET()
            .build();
    try {
      HttpResponse<String> r = ProviderCall.HTTP.send(get, HttpResponse.BodyHandlers.ofString());
      JsonObject json = ProviderCall.json(r.body());
      if (json.getInt("errcode", -2) != 0 || !json.containsKey("access_token")) {
        return Optional.empty();
      }
      token = json.getString("access_token");
      // a few minutes' margin: a token that expires mid-call is answered 42001 and fetched again
      tokenUntil = Instant.now().plusSeconds(Math.max(60, json.getInt("expires_in", 7200) - 300));
      return Optional.of(token);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private URI base() {
    return settings.endpoint("https://qyapi.weixin.qq.com");
  }
}
