package cn.dangjian.application.education;

import jakarta.ejb.Local;
import java.util.List;

/**
 * 五学: organizers plan study sessions of their organizations and record who attended afterwards;
 * those present are credited the hours in the study ledger, once.
 */
@Local
public interface StudyService {
  SessionView plan(SessionData data);

  SessionView get(Long id);

  /** The sessions in the caller's scope held in the year, newest first. */
  List<SessionView> sessions(int year);

  /** Replaces the session's attendance and the ledger entries it credits; answers the session. */
  SessionView recordAttendance(Long id, int expectedVersion, List<AttendanceData> marks);
}
