package cn.dangjian.application.recruitment.training;

import cn.dangjian.application.recruitment.CaseRow;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Training classes for activists and candidates. A party committee's admin (or the group's) runs
 * the classes of the committees they keep; branch secretaries follow their own people in them.
 */
@Local
public interface TrainingService {
  /** The year's classes the caller may see, and the companies still without an activist class. */
  TrainingBoard board(int year);

  /** The committees for which the caller may run a class. */
  List<TrainingBoard.Organizer> organizers();

  ClassView get(Long id);

  Long create(ClassData data);

  void addSession(Long classId, int expectedVersion, SessionData session);

  /** Open cases of the class's audience under its committee, not yet enrolled. */
  List<CaseRow> enrolable(Long classId);

  void enrol(Long classId, int expectedVersion, List<Long> caseIds);

  /** Who was present at one session; everyone else enrolled is marked absent. */
  void attendance(Long classId, int expectedVersion, Long sessionId, Set<Long> presentEnrolmentIds);

  void exam(Long classId, int expectedVersion, Long enrolmentId, Integer score);

  /** Issues the certificate (结业证书) if attendance and exam allow it; returns its number. */
  String certify(Long classId, int expectedVersion, Long enrolmentId, LocalDate on);

  Certificate certificate(Long classId, Long enrolmentId);

  /** The certificate printed on the server (A4 PDF, like every other paper); audited. */
  byte[] certificatePdf(Long classId, Long enrolmentId);
}
