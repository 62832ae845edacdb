package cn.dangjian.domain.meeting;

import java.time.LocalDate;
import java.util.List;

public interface MeetingRepository {
  void store(Meeting meeting);

  /** The organization's meetings held in the days, oldest first. */
  List<Meeting> of(Long organizationId, LocalDate from, LocalDate to);

  /** The meetings held in the days by the organizations of the subtree, oldest first. */
  List<Meeting> inSubtree(String path, LocalDate from, LocalDate to);
}
