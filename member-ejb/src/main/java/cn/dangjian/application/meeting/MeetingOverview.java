package cn.dangjian.application.meeting;

import cn.dangjian.domain.meeting.MeetingKind;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A committee's view of its branches' and groups' organizational life in a year: per organization
 * below it that holds 三会一课, the periods overdue by kind (none: all held so far). It ranks no one.
 */
public record MeetingOverview(Long organizationId, String organization, int year, List<Row> rows)
    implements Serializable {
  public record Row(
      Long organizationId, String organization, Map<MeetingKind, Integer> overdue, int held)
      implements Serializable {}
}
