package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.recruitment.PlanBoard;
import cn.dangjian.application.recruitment.PlanData;
import cn.dangjian.application.recruitment.PlanService;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.recruitment.Source;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.Scans;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plans and sources: the year's share against the goal, plans with completion, letters, thresholds.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int SUGGESTIONS = 20;

  @EJB PlanService plans;
  @EJB OrganizationService organizations;
  @Inject UiText ui;
  @Inject Clock clock;

  private Integer year;
  private PlanBoard board;
  private Boolean planner;
  private OrgNode organization;
  private final PlanData form = new PlanData();
  private Long letterPlanId;
  private LocalDate letterSignedOn;
  private String letterSignedBy;
  private transient Part letterScan;
  private Integer youngMaxAge;
  private Education educatedFrom;
  private Integer goalPercent;

  public PlanBoard getBoard() {
    if (board == null) {
      board = plans.board(getYear());
      youngMaxAge = board.policy().youngMaxAge();
      educatedFrom = board.policy().educatedFrom();
      goalPercent = board.policy().goalPercent();
    }
    return board;
  }

  /** Whether the caller sets plans at all (the group admin, a committee admin with branches). */
  public boolean isPlanner() {
    if (planner == null) {
      planner = !plans.plannable(null, 1).isEmpty();
    }
    return planner;
  }

  public List<OrgNode> complete(String text) {
    return plans.plannable(text, SUGGESTIONS);
  }

  public Source[] getSources() {
    return Source.values();
  }

  public Education[] getEducations() {
    return Education.values();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  /** Fills the form with a plan to change its quota. */
  public void edit(PlanBoard.Row row) {
    form.setId(row.id());
    form.setVersion(row.version());
    organization = organizations.get(row.organizationId());
    form.setQuota(row.quota());
    form.setNote(row.note());
  }

  public void save() {
    try {
      form.setYear(getYear());
      form.setOrganizationId(organization == null ? null : organization.id());
      plans.save(form);
      FacesErrors.info(ui.get("plan.saved"));
      form.setId(null);
      form.setVersion(null);
      form.setQuota(null);
      form.setNote(null);
      board = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e, "plan", Map.of("organizationId", "organization", "quota", "quota", "year", "quota"));
    }
  }

  public void saveLetter() {
    try {
      PlanBoard.Row row =
          getBoard().plans().stream()
              .filter(r -> r.id().equals(letterPlanId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ValidationException(
                          List.of(new Violation("planId", "plan.letter.plan"))));
      plans.letterSigned(
          row.id(),
          row.version(),
          letterSignedOn,
          letterSignedBy,
          Scans.name(letterScan),
          Scans.read(letterScan));
      FacesErrors.info(ui.format("plan.letter.saved", row.organization()));
      letterPlanId = null;
      letterSignedOn = null;
      letterSignedBy = null;
      board = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "letter",
          Map.of(
              "planId", "planId", "signedOn", "signedOn", "signedBy", "signedBy", "scan", "scan"));
    }
  }

  public void savePolicy() {
    try {
      plans.changePolicy(getBoard().policy().version(), youngMaxAge, educatedFrom, goalPercent);
      FacesErrors.info(ui.get("plan.policy.saved"));
      board = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "policy",
          Map.of(
              "youngMaxAge",
              "youngMaxAge",
              "educatedFrom",
              "educatedFrom",
              "goalPercent",
              "goalPercent"));
    }
  }

  /** Sends the scan of a plan's letter as a download. */
  public void download(Long planId) throws IOException {
    Scans.send(plans.letter(planId));
  }

  public Integer getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
    this.board = null;
  }

  public PlanData getForm() {
    return form;
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public Long getLetterPlanId() {
    return letterPlanId;
  }

  public void setLetterPlanId(Long letterPlanId) {
    this.letterPlanId = letterPlanId;
  }

  public LocalDate getLetterSignedOn() {
    return letterSignedOn;
  }

  public void setLetterSignedOn(LocalDate letterSignedOn) {
    this.letterSignedOn = letterSignedOn;
  }

  public String getLetterSignedBy() {
    return letterSignedBy;
  }

  public void setLetterSignedBy(String letterSignedBy) {
    this.letterSignedBy = letterSignedBy;
  }

  public Part getLetterScan() {
    return letterScan;
  }

  public void setLetterScan(Part letterScan) {
    this.letterScan = letterScan;
  }

  public Integer getYoungMaxAge() {
    return youngMaxAge;
  }

  public void setYoungMaxAge(Integer youngMaxAge) {
    this.youngMaxAge = youngMaxAge;
  }

  public Education getEducatedFrom() {
    return educatedFrom;
  }

  public void setEducatedFrom(Education educatedFrom) {
    this.educatedFrom = educatedFrom;
  }

  public Integer getGoalPercent() {
    return goalPercent;
  }

  public void setGoalPercent(Integer goalPercent) {
    this.goalPercent = goalPercent;
  }
}
