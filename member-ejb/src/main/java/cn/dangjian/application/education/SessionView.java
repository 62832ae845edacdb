package cn.dangjian.application.education;

import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.education.StudyMode;
import cn.dangjian.domain.member.MemberKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A study session with the people expected (the organization's members) and what was recorded of
 * each; {@code presence} is empty until the attendance is recorded.
 */
public record SessionView(
    Long id,
    int version,
    Long organizationId,
    String organization,
    StudyMode mode,
    String topic,
    LocalDate heldOn,
    LocalTime startsAt,
    BigDecimal hours,
    String speaker,
    String place,
    boolean attendanceRecorded,
    MemberKind expected,
    int picked,
    List<Attendee> attendees,
    List<Material> materials)
    implements Serializable {

  public record Attendee(Long memberId, String name, Presence presence, String reason)
      implements Serializable {}
}
