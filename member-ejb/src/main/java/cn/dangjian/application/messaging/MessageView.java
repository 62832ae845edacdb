package cn.dangjian.application.messaging;

import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.messaging.MessageStatus;
import java.io.Serializable;
import java.time.Instant;

/** A message as its editors see it; {@code recipients}: how many it reached once sent. */
public record MessageView(
    Long id,
    int version,
    Long organizationId,
    String organization,
    MessageCategory category,
    String text,
    MemberKind audience,
    Instant sendAt,
    MessageStatus status,
    String writtenBy,
    Integer recipients)
    implements Serializable {

  /** Until it goes out. */
  public boolean withdrawable() {
    return status == MessageStatus.SCHEDULED;
  }
}
