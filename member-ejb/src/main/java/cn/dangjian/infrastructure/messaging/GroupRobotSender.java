package cn.dangjian.infrastructure.messaging;

import cn.dangjian.application.messaging.ChannelSender;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Posts to organizations' group chats by their custom robots, one post per group: each robot is a
 * variable of the server's configuration named by its prefix and the organization's code (e.g.
 * {@code dangjian.wecom.robot.D0101}), so IT ops add a group's robot without a release. A robot
 * takes 20 posts a minute (the outbox counts them across servers); an answer that says "too many"
 * is tried again later.
 */
abstract class GroupRobotSender implements ChannelSender {
  static final int PER_MINUTE = 20;

  /** Groups per claim: a claim's posts end well within the outbox's lease. */
  private static final int GROUPS_PER_CLAIM = 100;

  @Inject ProviderSettings settings;

  /** The prefix of the robots' variables. */
  abstract String prefix();

  /** The signed request of one post to the robot configured as {@code robot}. */
  abstract HttpRequest post(String code, String robot, String body);

  /** Whether an errcode means "too many now" rather than a refusal. */
  abstract boolean throttled(int errcode);

  static Config config() {
    return ConfigProvider.getConfig(GroupRobotSender.class.getClassLoader());
  }

  @Override
  public boolean configured() {
    return !groups().isEmpty();
  }

  @Override
  public Set<String> groups() {
    Set<String> codes = new TreeSet<>();
    for (String name : config().getPropertyNames()) {
      if (name.startsWith(prefix()) && robot(name.substring(prefix().length())).isPresent()) {
        codes.add(name.substring(prefix().length()));
      }
    }
    return codes;
  }

  Optional<String> robot(String code) {
    return config().getOptionalValue(prefix() + code, String.class).filter(v -> !v.isBlank());
  }

  @Override
  public int batchSize() {
    return GROUPS_PER_CLAIM;
  }

  @Override
  public int perGroupPerMinute() {
    return PER_MINUTE;
  }

  @Override
  public List<Outcome> send(String text, List<String> codes, String reference) {
    String body = ChatText.body(text);
    List<Outcome> outcomes = new ArrayList<>();
    for (String code : codes) {
      Optional<String> robot = robot(code);
      if (robot.isEmpty()) {
        outcomes.add(Outcome.refused("no robot configured for " + code));
        continue;
      }
      ProviderCall.Answer answer =
          ProviderCall.send(() -> post(code, robot.get(), body), settings.retryPause(), () -> {});
      outcomes.add(answer.failure() != null ? answer.failure() : outcome(answer));
    }
    return outcomes;
  }

  private Outcome outcome(ProviderCall.Answer answer) {
    JsonObject json = answer.json();
    int errcode = json.getInt("errcode", -2);
    String said =
        errcode + ": " + json.getString("errmsg", "HTTP " + answer.response().statusCode());
    if (errcode == 0) {
      return Outcome.sent(said);
    }
    return errcode == -1 || throttled(errcode) ? Outcome.later(said) : Outcome.refused(said);
  }
}
