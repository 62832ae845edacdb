package cn.dangjian.infrastructure.messaging;

import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * WeCom group robots: {@code dangjian.wecom.robot.<organization code>} holds the key of the robot's
 * webhook (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...). 45009: too many.
 */
@ApplicationScoped
public class WecomRobotSender extends GroupRobotSender {

  @Override
  public Channel channel() {
    return Channel.WECOM_GROUP;
  }

  @Override
  String prefix() {
    return "dangjian.wecom.robot.";
  }

  @Override
  HttpRequest post(String code, String key, String body) {
    URI base = settings.endpoint("https://qyapi.weixin.qq.com");
    return HttpRequest.newBuilder(
            URI.create(
                base
                    + "/cgi-bin/webhook/send?key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Override
  boolean throttled(int errcode) {
    return errcode == 45009;
  }
}
