package cn.dangjian.interfaces.appraisal.web;

import cn.dangjian.application.appraisal.AppraisalService;
import cn.dangjian.application.appraisal.AppraisalView;
import cn.dangjian.application.appraisal.TextData;
import cn.dangjian.domain.appraisal.AppraisalStage;
import cn.dangjian.domain.appraisal.Grade;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 民主评议 for a member, on the phone: their self-assessment, a review of another member, and their
 * ballot, once, anonymous; after the decision, their own grade.
 */
@Named
@ViewScoped
public class MyAppraisalPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB AppraisalService appraisals;
  @Inject UiText ui;

  private AppraisalView current;
  private String selfText;
  private Long reviewed;
  private String reviewText;
  private List<GradeRow> ballot;

  public void load() {
    List<AppraisalView> mine = appraisals.mine();
    show(mine.isEmpty() ? null : mine.get(0));
  }

  private void show(AppraisalView a) {
    current = a;
    if (a != null) {
      selfText = own().selfAssessment();
      ballot = GradeRow.of(a, a.me()).stream().peek(r -> r.setGrade(null)).toList();
    }
  }

  /** The caller's own entry in the appraisal. */
  public AppraisalView.Entry own() {
    return current.entries().stream()
        .filter(e -> Objects.equals(e.memberId(), current.me()))
        .findFirst()
        .orElseThrow();
  }

  public List<AppraisalView.Entry> getOthers() {
    return current.entries().stream()
        .filter(e -> !Objects.equals(e.memberId(), current.me()))
        .toList();
  }

  public void saveSelf() {
    try {
      show(appraisals.assess(current.id(), new TextData(null, selfText)));
      FacesErrors.info(ui.get("appraisal.self.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "selfForm", Map.of("text", "selfText"));
    }
  }

  public void review() {
    try {
      show(appraisals.review(current.id(), new TextData(reviewed, reviewText)));
      FacesErrors.info(ui.get("appraisal.review.done"));
      reviewed = null;
      reviewText = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "reviewForm", Map.of("subjectId", "reviewed", "text", "reviewText"));
    }
  }

  public void vote() {
    try {
      show(appraisals.vote(current.id(), GradeRow.ballot(ballot)));
      FacesErrors.info(ui.get("appraisal.vote.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "ballotForm", Map.of());
    }
  }

  public boolean isOpen() {
    return current != null && current.stage() == AppraisalStage.OPEN;
  }

  public List<Grade> getGrades() {
    return Arrays.asList(Grade.values());
  }

  public AppraisalView getCurrent() {
    return current;
  }

  public String getSelfText() {
    return selfText;
  }

  public void setSelfText(String selfText) {
    this.selfText = selfText;
  }

  public Long getReviewed() {
    return reviewed;
  }

  public void setReviewed(Long reviewed) {
    this.reviewed = reviewed;
  }

  public String getReviewText() {
    return reviewText;
  }

  public void setReviewText(String reviewText) {
    this.reviewText = reviewText;
  }

  public List<GradeRow> getBallot() {
    return ballot;
  }
}
