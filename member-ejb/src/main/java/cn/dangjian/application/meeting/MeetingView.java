package cn.dangjian.application.meeting;

import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.meeting.MeetingKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A recorded meeting, with who was there by name and the counts. */
public record MeetingView(
    Long id,
    Long organizationId,
    String organization,
    MeetingKind kind,
    LocalDate heldOn,
    String topic,
    String place,
    String lecturer,
    BigDecimal hours,
    String minutes,
    List<Attendee> attendance,
    int present,
    int excused,
    int absent,
    String recordedBy,
    String correctedBy,
    List<DocumentInfo> files)
    implements Serializable {
  public record Attendee(Long memberId, String name, Presence presence, String reason)
      implements Serializable {}
}
