package cn.dangjian.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an organization's meetings of a year come to, kind by kind and period by period: held (how
 * many), overdue (the period ended without one), due (the current period, not held yet) or ahead.
 */
public final class MeetingSchedule {
  /** The state of a kind's period. */
  public enum State {
    HELD,
    DUE,
    OVERDUE,
    AHEAD
  }

  /** One period of one kind: its name, its days, its state and the meetings held in it. */
  public record Slot(
      MeetingKind kind, String period, LocalDate from, LocalDate to, State state, int held) {}

  private MeetingSchedule() {}

  /** The slots of the kinds in the year, as of {@code today}. */
  public static List<Slot> of(
      Collection<MeetingKind> kinds, Collection<Meeting> held, int year, LocalDate today) {
    List<Slot> slots = new ArrayList<>();
    for (MeetingKind kind : kinds) {
      MeetingPeriod p = kind.period();
      for (LocalDate start : p.starts(year)) {
        LocalDate end = p.end(start);
        int n =
            (int)
                held.stream()
                    .filter(
                        m ->
                            m.getKind() == kind
                                && !m.getHeldOn().isBefore(start)
                                && !m.getHeldOn().isAfter(end))
                    .count();
        State state =
            n > 0
                ? State.HELD
                : end.isBefore(today)
                    ? State.OVERDUE
                    : start.isAfter(today) ? State.AHEAD : State.DUE;
        slots.add(new Slot(kind, p.label(start), start, end, state, n));
      }
    }
    return slots;
  }
}
