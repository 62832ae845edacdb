package cn.dangjian.application.meeting;

import cn.dangjian.application.document.DocumentFile;
import java.util.List;

/**
 * 三会一课 and organizational life: meetings recorded by the organization after they took place
 * (attendance and minutes; a party lesson credits its hours in the study ledger), an organization's
 * year of what was due, held and overdue, and a committee's overview of those below it.
 */
public interface MeetingService {
  MeetingView record(MeetingData data);

  /**
   * Records the meeting with a file of its own (the signed minutes, the attendance sheet): both are
   * kept, or neither. Photos are never required.
   */
  MeetingView record(MeetingData data, String fileName, byte[] file);

  /**
   * Corrects a recorded meeting of the same organization: its kind, day, topic, minutes and who was
   * there; a party lesson's study hours follow (credited anew to those present, taken back from the
   * rest).
   */
  MeetingView correct(Long id, MeetingData data);

  /** Files a paper of a recorded meeting later; returns its id. */
  Long attach(Long meetingId, String fileName, byte[] file);

  /** A file of a meeting the caller may see. */
  DocumentFile file(Long meetingId, Long documentId);

  MeetingView meeting(Long id);

  /** The organization's members, as a meeting's attendance is taken from them (all present). */
  List<MeetingView.Attendee> roll(Long organizationId);

  /** The organization's year: its kinds period by period, and its meetings. */
  MeetingPlan plan(Long organizationId, int year);

  /** The overdue periods of each branch and group in the organization's subtree. */
  MeetingOverview overview(Long organizationId, int year);

  /**
   * Reminds today's organizations of the meetings of their closing periods not yet held (the daily
   * timer does it; the group admin may start it); how many organizations were reminded.
   */
  int remind();
}
