package cn.dangjian.application.education;

import cn.dangjian.domain.education.Presence;
import java.io.Serializable;

/** One person's attendance as the organizer marks it; an excuse carries its reason. */
public record AttendanceData(Long memberId, Presence presence, String reason)
    implements Serializable {}
