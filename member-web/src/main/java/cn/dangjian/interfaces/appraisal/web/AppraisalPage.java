package cn.dangjian.interfaces.appraisal.web;

import cn.dangjian.application.appraisal.AppraisalService;
import cn.dangjian.application.appraisal.AppraisalView;
import cn.dangjian.application.appraisal.TextData;
import cn.dangjian.domain.appraisal.AppraisalStage;
import cn.dangjian.domain.appraisal.FollowUp;
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

/**
 * One branch's appraisal for its committee: self-assessments (entered from paper too), the ballots
 * cast, paper ballots entered, the poll counted, and the decision of every member's grade.
 */
@Named
@ViewScoped
public class AppraisalPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB AppraisalService appraisals;
  @Inject UiText ui;

  private Long id;
  private AppraisalView appraisal;
  private List<GradeRow> paper;
  private List<GradeRow> decision;
  private Long selfMember;
  private String selfText;

  /** An absent or unseen appraisal fails the page: 404, as the site answers. */
  public void load() {
    if (appraisal == null) {
      show(appraisals.get(id));
    }
  }

  private void show(AppraisalView a) {
    appraisal = a;
    paper = GradeRow.of(a, null).stream().peek(r -> r.setGrade(null)).toList();
    decision = GradeRow.of(a, null);
  }

  public void selfFromPaper() {
    try {
      show(appraisals.assess(id, new TextData(selfMember, selfText)));
      FacesErrors.info(ui.get("appraisal.self.done"));
      selfMember = null;
      selfText = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "selfForm", Map.of("memberId", "selfMember", "text", "selfText"));
    }
  }

  public void paperBallot() {
    try {
      show(appraisals.paperBallot(id, GradeRow.ballot(paper)));
      FacesErrors.info(ui.get("appraisal.paper.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "paperForm", Map.of());
    }
  }

  public void count() {
    try {
      show(appraisals.count(id));
      FacesErrors.info(ui.get("appraisal.count.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "countForm", Map.of());
    }
  }

  public void decide() {
    try {
      show(appraisals.decide(id, GradeRow.decision(decision)));
      FacesErrors.info(ui.get("appraisal.decide.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "decisionForm", Map.of());
    }
  }

  public boolean isOpen() {
    return appraisal != null && appraisal.stage() == AppraisalStage.OPEN;
  }

  public boolean isCounted() {
    return appraisal != null && appraisal.stage() == AppraisalStage.COUNTED;
  }

  public List<Grade> getGrades() {
    return Arrays.asList(Grade.values());
  }

  public List<FollowUp> getFollowUps() {
    return Arrays.asList(FollowUp.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AppraisalView getAppraisal() {
    return appraisal;
  }

  public List<GradeRow> getPaper() {
    return paper;
  }

  public List<GradeRow> getDecision() {
    return decision;
  }

  public Long getSelfMember() {
    return selfMember;
  }

  public void setSelfMember(Long selfMember) {
    this.selfMember = selfMember;
  }

  public String getSelfText() {
    return selfText;
  }

  public void setSelfText(String selfText) {
    this.selfText = selfText;
  }
}
