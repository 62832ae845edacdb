package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.Channel;
import java.util.List;

/**
 * A port to one channel's provider (implemented in infrastructure.messaging, configured in the
 * server's configuration). A channel that is not configured is off: nothing is recorded for it.
 */
public interface ChannelSender {
  Channel channel();

  boolean configured();

  /** How many recipients one call to the provider may carry (Aliyun 1,000; Tencent 200). */
  int batchSize();

  /**
   * Hands one text to the provider for each address; answers each address's outcome, in order. It
   * retries timeouts before the request left and 5xx answers itself, a few times with backoff.
   */
  List<Outcome> send(String text, List<String> addresses);

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
