package cn.dangjian.infrastructure.messaging;

import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WeCom application messages to members by their WeCom account (UserID), up to 1,000 a call, from
 * the group's application ({@code dangjian.wecom.corpId}, {@code secret}, {@code agentId}).
 */
@ApplicationScoped
public class WecomSender extends CorpAppSender {
  private static final int BATCH = 1000;

  @Inject
  @ConfigProperty(name = "dangjian.wecom.corpId")
  Optional<String> corpId;

  @Inject
  @ConfigProperty(name = "dangjian.wecom.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "dangjian.wecom.agentId")
  Optional<String> agentId;

  @Override
  public Channel channel() {
    return Channel.WECOM;
  }

  @Override
  Optional<String> appId() {
    return corpId;
  }

  @Override
  String secretName() {
    return "wecom.secret";
  }

  @Override
  Optional<String> secretVariable() {
    return secret;
  }

  @Override
  Optional<String> agentIdVariable() {
    return agentId;
  }

  @Override
  public int batchSize() {
    return BATCH;
  }

  @Override
  HttpRequest tokenRequest(String appId, String secret) {
    return get(base(), "/cgi-bin/gettoken", "corpid", appId, "corpsecret", secret);
  }

  @Override
  HttpRequest sendRequest(String accessToken, String text, List<String> accounts) {
    JsonObject content = ProviderCall.json(ChatText.body(text)).getJsonObject("text");
    String body =
        Json.createObjectBuilder()
            .add("touser", String.join("|", accounts))
            .add("msgtype", "text")
            .add("agentid", agentId())
            .add("text", content)
            .build()
            .toString();
    return post(base(), "/cgi-bin/message/send", accessToken, body);
  }

  /** An answer for the call; the accounts WeCom names as invalid or unlicensed are refused. */
  @Override
  List<Outcome> outcomes(JsonObject json, int errcode, List<String> accounts) {
    String said = errcode + ": " + json.getString("errmsg", "");
    if (errcode != 0) {
      return ProviderCall.all(
          accounts,
          errcode == -1 || errcode == 45009 ? Outcome.later(said) : Outcome.refused(said));
    }
    Set<String> invalid = new HashSet<>();
    for (String field : List.of("invaliduser", "unlicenseduser")) {
      for (String a : json.getString(field, "").split("\\|")) {
        if (!a.isBlank()) {
          invalid.add(a.toLowerCase(Locale.ROOT)); // WeCom answers UserIDs in lower case
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (String a : accounts) {
      outcomes.add(
          invalid.contains(a.toLowerCase(Locale.ROOT))
              ? Outcome.refused("invaliduser: " + a)
              : Outcome.sent(json.getString("msgid", "ok")));
    }
    return outcomes;
  }

  private URI base() {
    return settings.endpoint("https://qyapi.weixin.qq.com");
  }
}
