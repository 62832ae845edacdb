package cn.dangjian.infrastructure.messaging;

import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DingTalk work notifications (工作通知) to members by their DingTalk account (userid), up to 100 a
 * call, from the group's application ({@code dangjian.dingtalk.appKey}, {@code appSecret}, {@code
 * agentId}). DingTalk takes the call and delivers it later: the call's answer is the outcome.
 */
@ApplicationScoped
public class DingtalkSender extends CorpAppSender {
  private static final int BATCH = 100;

  @Inject
  @ConfigProperty(name = "dangjian.dingtalk.appKey")
  Optional<String> appKey;

  @Inject
  @ConfigProperty(name = "dangjian.dingtalk.appSecret")
  Optional<String> appSecret;

  @Inject
  @ConfigProperty(name = "dangjian.dingtalk.agentId")
  Optional<String> agentId;

  @Override
  public Channel channel() {
    return Channel.DINGTALK;
  }

  @Override
  Optional<String> appId() {
    return appKey;
  }

  @Override
  String secretName() {
    return "dingtalk.appSecret";
  }

  @Override
  Optional<String> secretVariable() {
    return appSecret;
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
    return get(base(), "/gettoken", "appkey", appId, "appsecret", secret);
  }

  @Override
  HttpRequest sendRequest(String accessToken, String text, List<String> accounts) {
    String body =
        Json.createObjectBuilder()
            .add("agent_id", agentId())
            .add("userid_list", String.join(",", accounts))
            .add("msg", ProviderCall.json(ChatText.body(text)))
            .build()
            .toString();
    return post(base(), "/topapi/message/corpconversation/asyncsend_v2", accessToken, body);
  }

  /** Taken (with its task id) or not: -1 busy and 90018 too many now are tried again later. */
  @Override
  List<Outcome> outcomes(JsonObject json, int errcode, List<String> accounts) {
    String said = errcode + ": " + json.getString("errmsg", "");
    if (errcode == 0) {
      return ProviderCall.all(accounts, Outcome.sent("task " + json.getJsonNumber("task_id")));
    }
    return ProviderCall.all(
        accounts, errcode == -1 || errcode == 90018 ? Outcome.later(said) : Outcome.refused(said));
  }

  private URI base() {
    return settings.endpoint("https://oapi.dingtalk.com");
  }
}
