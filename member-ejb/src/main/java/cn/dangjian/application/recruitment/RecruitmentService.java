package cn.dangjian.application.recruitment;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Verdict;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Recruitment (发展党员) within the caller's scope: branch steps are the branch secretary's,
 * committee steps the committee's; every step is judged by the rules in force on its date.
 */
@Local
public interface RecruitmentService {
  /** Step 1: opens the case of a person who handed in an application. */
  Long open(ApplicantData applicant);

  List<CaseRow> cases(Standing standing, CaseStatus status, int first, int max);

  /** Open cases in scope by standing, for the board. */
  Map<Standing, Long> counts();

  CaseView get(Long id);

  /** What the rules would say of this step, without recording it. */
  List<Verdict> check(Long id, StepData step);

  /** Records the step if every rule in force passes; otherwise refuses with all the verdicts. */
  void record(Long id, int expectedVersion, StepData step);

  /** Records the step with the scan of its paper (PDF, JPEG or PNG): both are kept, or neither. */
  void record(Long id, int expectedVersion, StepData step, String fileName, byte[] scan);

  /** Files the scan of a recorded step's paper later, e.g. the signed resolution (art. 21, 36); returns its id. */
  Long attach(Long caseId, Long stepId, String fileName, byte[] scan);

  DocumentFile document(Long caseId, Long documentId);

  /** The full members of the case's branch, to be named as mentors or sponsors; sanctions in effect today noted. */
  List<PersonOption> people(Long id);

  /** The person withdraws, or the branch ends the case; the reason is kept. */
  void withdraw(Long id, int expectedVersion, LocalDate on, String reason);

  /** Art. 31: probation extended once, by 6 to 12 months. */
  void extendProbation(Long id, int expectedVersion, LocalDate on, int months, String reason);

  /**
   * Art. 31: the probation is cancelled (取消预备党员资格) on the committee's decision; the
   * probationary member's record leaves the member database, the closed case keeps the story.
   */
  void cancelProbation(Long id, int expectedVersion, LocalDate on, String reason);

  /**
   * Art. 12: the case moves to another branch with the person, keeping every step and so the
   * cultivation time. Done by a committee admin keeping both units, or the group admin.
   */
  void transfer(Long id, int expectedVersion, Long toOrganizationId, LocalDate on, String reason);

  /** Time limits owed by the open cases in scope, earliest first. */
  List<DueItem> due();
}
