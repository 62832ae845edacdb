package cn.dangjian.application.appraisal;

import cn.dangjian.domain.appraisal.AppraisalStage;
import cn.dangjian.domain.appraisal.FollowUp;
import cn.dangjian.domain.appraisal.Grade;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A branch's appraisal as the caller may see it. The branch committee sees everything; a member
 * taking part sees the others' names and self-assessments, the reviews they wrote and those of
 * themselves, and only their own figures and grade.
 */
public record AppraisalView(
    Long id,
    Long organizationId,
    String organizationName,
    int year,
    AppraisalStage stage,
    int members,
    int excellentLimit,
    int paperBallots,
    int onlineBallots,
    LocalDate openedOn,
    LocalDate countedOn,
    LocalDate decidedOn,
    String decidedBy,
    boolean keeps,
    Long me,
    boolean voted,
    List<Entry> entries)
    implements Serializable {

  public int ballots() {
    return paperBallots + onlineBallots;
  }

  /** One appraised member; {@code votes} is null until the poll is counted. */
  public record Entry(
      Long memberId,
      String name,
      String selfAssessment,
      String selfAssessedBy,
      LocalDate selfAssessedOn,
      List<Review> reviews,
      Map<Grade, Integer> votes,
      Grade grade,
      FollowUp followUp,
      LocalDate followUpBy,
      String note)
      implements Serializable {}

  public record Review(Long reviewerId, String reviewerName, String text, LocalDate writtenOn)
      implements Serializable {}
}
