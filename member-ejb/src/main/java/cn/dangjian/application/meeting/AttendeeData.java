package cn.dangjian.application.meeting;

import cn.dangjian.domain.education.Presence;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** One member at a meeting: present, excused (with the reason) or absent. */
public record AttendeeData(
    @NotNull(message = "{dues.member.required}") Long memberId,
    @NotNull(message = "{meeting.presence.required}") Presence presence,
    String reason)
    implements Serializable {}
