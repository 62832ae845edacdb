package cn.dangjian.infrastructure.messaging;

import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * DingTalk custom robots: {@code dangjian.dingtalk.robot.<organization code>} holds the robot's
 * access_token and {@code dangjian.dingtalk.secret.<organization code>} its signing secret ("加签";
 * none for a robot secured by keywords or addresses). A robot taking more than 20 posts a minute is
 * throttled for 10 minutes (130101).
 */
@ApplicationScoped
public class DingtalkRobotSender extends GroupRobotSender {

  /** The wall clock: DingTalk refuses a signature more than an hour off its own time. */
  private final Clock clock = Clock.systemUTC();

  @Override
  public Channel channel() {
    return Channel.DINGTALK_GROUP;
  }

  @Override
  String prefix() {
    return "dangjian.dingtalk.robot.";
  }

  @Override
  HttpRequest post(String code, String token, String body) {
    URI base = settings.endpoint("https://oapi.dingtalk.com");
    StringBuilder url =
        new StringBuilder(base + "/robot/send?access_token=")
            .append(URLEncoder.encode(token, StandardCharsets.UTF_8));
    Optional<String> secret =
        settings.secret(
            "dingtalk.secret." + code,
            config().getOptionalValue("dangjian.dingtalk.secret." + code, String.class));
    if (secret.isPresent()) {
      long timestamp = clock.millis();
      url.append("&timestamp=")
          .append(timestamp)
          .append("&sign=")
          .append(URLEncoder.encode(sign(timestamp, secret.get()), StandardCharsets.UTF_8));
    }
    return HttpRequest.newBuilder(URI.create(url.toString()))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Base64 of HmacSHA256 over "timestamp\nsecret" keyed by the secret (not yet URL-encoded). */
  static String sign(long timestamp, String secret) {
    return Base64.getEncoder()
        .encodeToString(
            Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), timestamp + "\n" + secret));
  }

  @Override
  boolean throttled(int errcode) {
    return errcode == 130101;
  }
}
