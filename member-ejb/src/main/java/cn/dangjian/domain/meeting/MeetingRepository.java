package cn.dangjian.domain.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

public interface MeetingRepository {
  void store(Meeting meeting);

  void store(MeetingReminder reminder);

  /** The organizations that held a meeting of the kind in the days. */
  Set<Long> heldBy(MeetingKind kind, LocalDate from, LocalDate to);

  /** The organizations of the subtree that recorded a meeting since the day. */
  Set<Long> meetingSince(String path, LocalDate from);

  /** The members of the subtree present at a meeting since the day. */
  Set<Long> presentSince(String path, LocalDate from);

  /** The organizations already reminded of the kind in the period. */
  Set<Long> reminded(MeetingKind kind, String period);

  /** The organization's meetings held in the days, oldest first. */
  List<Meeting> of(Long organizationId, LocalDate from, LocalDate to);

  /** The meetings held in the days by the organizations of the subtree, oldest first. */
  List<Meeting> inSubtree(String path, LocalDate from, LocalDate to);
}
