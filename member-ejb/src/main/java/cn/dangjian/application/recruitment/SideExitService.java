package cn.dangjian.application.recruitment;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The ways a case leaves the pipeline or moves: withdrawal, probation extended or cancelled,
 * transfer. Each answers with the case as its own transaction left it.
 */
@Local
public interface SideExitService {
  /** The person withdraws, or the branch ends the case; the reason is kept. */
  CaseView withdraw(Long id, int expectedVersion, LocalDate on, String reason, Locale locale);

  /** Art. 31: probation extended once, by 6 to 12 months. */
  CaseView extendProbation(
      Long id, int expectedVersion, LocalDate on, int months, String reason, Locale locale);

  /**
   * Art. 31: the probation is cancelled (取消预备党员资格) on the committee's decision; the probationary
   * member's record leaves the member database, the closed case keeps the story.
   */
  CaseView cancelProbation(
      Long id, int expectedVersion, LocalDate on, String reason, Locale locale);

  /**
   * Art. 12: the case moves to another branch with the person, keeping every step and so the
   * cultivation time. Done by a committee admin keeping both units, or the group admin.
   */
  CaseView transfer(
      Long id,
      int expectedVersion,
      Long toOrganizationId,
      LocalDate on,
      String reason,
      Locale locale);
}
