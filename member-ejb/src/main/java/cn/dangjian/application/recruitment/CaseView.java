package cn.dangjian.application.recruitment;

import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.recruitment.Actor;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Deadline;
import cn.dangjian.domain.recruitment.Edition;
import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its page and the API show it: particulars, the timeline, the next steps with today's
 * verdicts in the reader's language, what is due.
 */
public record CaseView(
    Long id,
    int version,
    String name,
    Sex sex,
    String maskedCitizenId,
    LocalDate birthDate,
    Education education,
    String organization,
    Standing standing,
    CaseStatus status,
    LocalDate applicationDate,
    Long memberId,
    LocalDate probationEnd,
    LocalDate closedOn,
    String closingReason,
    boolean frontline,
    boolean technician,
    boolean teamLeader,
    List<StepView> steps,
    List<NextStep> next,
    List<Deadline> deadlines,
    List<TransferView> transfers,
    String ethnicity,
    String jobPost)
    implements Serializable {

  /** A move to another unit (art. 12). */
  public record TransferView(LocalDate on, String from, String to, String reason, String by)
      implements Serializable {}

  public record StepView(
      Long id,
      Step step,
      LocalDate on,
      Edition edition,
      Outcome outcome,
      String subtype,
      String note,
      LocalDate periodFrom,
      LocalDate periodTo,
      Integer days,
      BigDecimal hours,
      boolean issueRaised,
      Integer shouldAttend,
      Integer present,
      Integer votesFor,
      Integer votesAgainst,
      Integer abstentions,
      Integer writtenFor,
      Integer writtenAgainst,
      String extensionReason,
      LocalDate leavingOn,
      List<String> people,
      String recordedBy,
      List<DocumentInfo> documents)
      implements Serializable {}

  /**
   * A step the case may take next, whether this caller records it, and what the rules say today.
   */
  public record NextStep(Step step, Actor actor, boolean yours, List<VerdictView> verdicts)
      implements Serializable {
    public boolean allowedToday() {
      return verdicts.stream().allMatch(VerdictView::passed);
    }
  }
}
