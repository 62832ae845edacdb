package cn.dangjian.application.education;

import cn.dangjian.application.document.DocumentFile;
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

  /**
   * The sessions planned for the caller as a member, soonest first: those of their organization and
   * the organizations above it, from today on.
   */
  List<SessionView> upcoming();

  /** The sessions in the caller's scope held in the year, newest first. */
  List<SessionView> sessions(int year);

  /** Files a session's material (slides, a text, the sign-in sheet's scan); answers its id. */
  Long attach(Long sessionId, String fileName, byte[] content);

  /** A material of a session the caller keeps or is expected at. */
  DocumentFile material(Long sessionId, Long documentId);

  /** Replaces the session's attendance and the ledger entries it credits; answers the session. */
  SessionView recordAttendance(Long id, int expectedVersion, List<AttendanceData> marks);
}
