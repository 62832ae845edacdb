package cn.dangjian.application.recruitment;

import jakarta.ejb.Local;
import java.util.Locale;

/**
 * Recording the 25 steps: branch steps are the branch secretary's, committee steps the committee's;
 * every step is judged by the rules in force on its date.
 */
@Local
public interface StepService {
  /**
   * Step 1: opens the case of a person who handed in an application. Like every change here, it
   * answers with the case as its own transaction left it, verdicts written in {@code locale}.
   */
  CaseView open(ApplicantData applicant, Locale locale);

  /** Records the step if every rule in force passes; otherwise refuses with all the verdicts. */
  CaseView record(Long id, int expectedVersion, StepData step, Locale locale);

  /** Records the step with the scan of its paper (PDF, JPEG or PNG): both are kept, or neither. */
  CaseView record(
      Long id, int expectedVersion, StepData step, String fileName, byte[] scan, Locale locale);

  /**
   * Files the scan of a recorded step's paper later, e.g. the signed resolution (art. 21, 36);
   * returns its id.
   */
  Long attach(Long caseId, Long stepId, String fileName, byte[] scan);
}
