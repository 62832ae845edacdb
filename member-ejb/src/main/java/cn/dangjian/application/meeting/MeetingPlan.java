package cn.dangjian.application.meeting;

import cn.dangjian.domain.meeting.MeetingKind;
import cn.dangjian.domain.meeting.MeetingSchedule;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An organization's year of 三会一课: per kind, each period held, due, overdue or ahead, and the
 * meetings recorded.
 */
public record MeetingPlan(
    Long organizationId,
    String organization,
    int year,
    List<KindLine> kinds,
    List<MeetingView> meetings)
    implements Serializable {
  /** One kind over the year: its periods in order, and how many were held and overdue. */
  public record KindLine(MeetingKind kind, List<Slot> slots, int held, int overdue)
      implements Serializable {}

  public record Slot(
      String period, LocalDate from, LocalDate to, MeetingSchedule.State state, int held)
      implements Serializable {}
}
