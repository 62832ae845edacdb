package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.Channel;
import cn.dangjian.domain.messaging.DeliveryStatus;
import java.io.Serializable;
import java.util.List;

/**
 * How a message went out, for its editors: per channel the recipients (members and group chats;
 * those who turned the channel off before it went are not counted) and how many were sent, are
 * pending (quiet hours, retries), failed or uncertain; the failed and uncertain ones with the
 * provider's answer, at most {@code MAX_PROBLEMS}.
 */
public record DeliveryReport(
    Long messageId, List<Line> channels, List<Place> organizations, List<Problem> problems)
    implements Serializable {
  public static final int MAX_PROBLEMS = 200;

  public record Line(
      Channel channel, long recipients, long sent, long pending, long failed, long uncertain)
      implements Serializable {}

  /**
   * A channel's figures among the members of one organization under the message's (or of the
   * message's organization itself, for its own members).
   */
  public record Place(Long organizationId, String organization, Line line)
      implements Serializable {}

  /** A member's (the name) or a group chat's (memberId null, its organization's name). */
  public record Problem(
      Long memberId, String name, Channel channel, DeliveryStatus status, String answer)
      implements Serializable {}

  /** Something an editor may resend on purpose. */
  public boolean resendable() {
    return channels.stream().anyMatch(l -> l.failed() + l.uncertain() > 0);
  }
}
