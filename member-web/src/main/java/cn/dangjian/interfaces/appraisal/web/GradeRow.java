package cn.dangjian.interfaces.appraisal.web;

import cn.dangjian.application.appraisal.AppraisalView;
import cn.dangjian.application.appraisal.BallotData;
import cn.dangjian.application.appraisal.DecisionData;
import cn.dangjian.domain.appraisal.FollowUp;
import cn.dangjian.domain.appraisal.Grade;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One member's line of a ballot or of the branch's decision, as a form edits it. */
public class GradeRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AppraisalView.Entry entry;
  private Grade grade;
  private FollowUp followUp;
  private LocalDate followUpBy;
  private String note;

  GradeRow(AppraisalView.Entry entry) {
    this.entry = entry;
    this.grade = entry.grade();
    this.followUp = entry.followUp();
    this.followUpBy = entry.followUpBy();
    this.note = entry.note();
  }

  /** The lines of the members other than {@code me} (nobody votes on themselves). */
  static List<GradeRow> of(AppraisalView a, Long me) {
    return a.entries().stream()
        .filter(e -> !Objects.equals(e.memberId(), me))
        .map(GradeRow::new)
        .toList();
  }

  /** The ballot of the lines graded; those left blank are abstained on. */
  static BallotData ballot(List<GradeRow> rows) {
    return new BallotData(
        rows.stream()
            .filter(r -> r.grade != null)
            .map(r -> new BallotData.Vote(r.entry.memberId(), r.grade))
            .toList());
  }

  static DecisionData decision(List<GradeRow> rows) {
    return new DecisionData(
        rows.stream()
            .map(
                r ->
                    new DecisionData.Line(
                        r.entry.memberId(), r.grade, r.followUp, r.followUpBy, r.note))
            .toList());
  }

  public AppraisalView.Entry getEntry() {
    return entry;
  }

  public Grade getGrade() {
    return grade;
  }

  public void setGrade(Grade grade) {
    this.grade = grade;
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  public void setFollowUp(FollowUp followUp) {
    this.followUp = followUp;
  }

  public LocalDate getFollowUpBy() {
    return followUpBy;
  }

  public void setFollowUpBy(LocalDate followUpBy) {
    this.followUpBy = followUpBy;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
