package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A port to one channel's provider (implemented in infrastructure.messaging, configured in the
 * server's configuration). A channel that is not configured is off: nothing is recorded for it.
 */
public interface ChannelSender {
  Channel channel();

  boolean configured();

  /** How many recipients one call to the provider may carry (Aliyun 1,000; Tencent 200). */
  int batchSize();

  /** The groups (organization codes) this server has a robot for, on a group channel. */
  default Set<String> groups() {
    return Set.of();
  }

  /** How many posts a minute one group's robot takes, on a group channel (providers: 20). */
  default int perGroupPerMinute() {
    return 0;
  }

  /** How many deliveries one address may get a day (SMS: the provider's limit); 0: no limit. */
  default int perAddressPerDay() {
    return 0;
  }

  /**
   * Hands one text to the provider for each address, the call marked with {@code reference} where
   * the provider keeps one (Aliyun's OutId); answers each address's outcome, in order. It retries
   * timeouts before the request left and 5xx answers itself, a few times with backoff.
   */
  List<Outcome> send(String text, List<String> addresses, String reference);

  /**
   * Whether the provider holds a record of the call {@code reference} to {@code address} (made at
   * {@code at}): true, false, or empty where the provider cannot tell. Asked for deliveries left
   * uncertain by a server that stopped mid-call, so that none is lost and none sent twice.
   */
  default Optional<Boolean> received(String address, String reference, Instant at) {
    return Optional.empty();
  }

  /** What became of one address. */
  record Outcome(Result result, String answer) {
    public static Outcome sent(String answer) {
      return new Outcome(Result.SENT, answer);
    }

    public static Outcome later(String answer) {
      return new Outcome(Result.LATER, answer);
    }

    public static Outcome refused(String answer) {
      return new Outcome(Result.REFUSED, answer);
    }

    public static Outcome unknown(String answer) {
      return new Outcome(Result.UNKNOWN, answer);
    }
  }

  enum Result {
    /** Accepted by the provider. */
    SENT,
    /** Not accepted now (5xx, throttled, no connection): try again later. */
    LATER,
    /** Refused for good (bad number, template, signature). */
    REFUSED,
    /** Handed over without an answer (a timeout after the request left): never sent again. */
    UNKNOWN
  }
}
