package cn.dangjian.interfaces.duty.web;

import cn.dangjian.application.duty.AssessData;
import cn.dangjian.application.duty.OrderData;
import cn.dangjian.application.duty.OrganizationYear;
import cn.dangjian.application.duty.OutcomeData;
import cn.dangjian.application.duty.ProgressData;
import cn.dangjian.application.duty.TargetData;
import cn.dangjian.application.duty.TargetOverview;
import cn.dangjian.application.duty.TargetService;
import cn.dangjian.application.duty.TargetView;
import cn.dangjian.application.duty.TemplateData;
import cn.dangjian.domain.duty.TargetResult;
import cn.dangjian.interfaces.member.web.MemberPicker;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 年初定目标, 年中抓督办 for an organization: the branches below with their targets and orders (no ranking),
 * the organization's year (its targets and its members', the templates offered, its recruitment
 * plan), and the forms to set, agree, report on, supervise and assess targets.
 */
@Named
@ViewScoped
public class TargetsPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB TargetService targets;
  @Inject UiText ui;
  @Inject Clock clock;

  private Integer year;
  private TargetOverview overview;
  private OrganizationYear orgYear;

  private MemberPicker.Pick member;
  private Long templateId;
  private String title;
  private String measure;
  private LocalDate dueOn;

  private boolean templateForMembers;
  private String templateTitle;
  private String templateMeasure;
  private LocalDate templateDueOn;

  private Long targetId;
  private Integer percent;
  private String report;
  private MemberPicker.Pick responsible;
  private LocalDate deadline;
  private String requirement;
  private TargetResult result;
  private String evidence;
  private Long orderId;
  private String outcome;

  @Override
  public void show() {
    try {
      orgYear = targets.year(pickedId(), getYear());
      overview = targets.overview(pickedId(), getYear());
    } catch (RuntimeException e) {
      orgYear = null;
      overview = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization", "year", "year"));
    }
  }

  private void done(String key) {
    FacesErrors.info(ui.get(key));
    show();
  }

  public void set() {
    try {
      targets.set(
          new TargetData(
              pickedId(),
              member == null ? null : member.id(),
              getYear(),
              templateId,
              title,
              measure,
              dueOn));
      member = null;
      templateId = null;
      title = null;
      measure = null;
      dueOn = null;
      done("target.set.done");
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "setForm",
          Map.of(
              "memberId", "member",
              "templateId", "template",
              "title", "title",
              "measure", "measure",
              "dueOn", "dueOn",
              "year", "title"));
    }
  }

  public void writeTemplate() {
    try {
      targets.writeTemplate(
          new TemplateData(
              pickedId(),
              getYear(),
              templateForMembers,
              templateTitle,
              templateMeasure,
              templateDueOn));
      templateTitle = null;
      templateMeasure = null;
      templateDueOn = null;
      done("target.template.done");
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "templateForm",
          Map.of(
              "title", "templateTitle",
              "measure", "templateMeasure",
              "dueOn", "templateDueOn",
              "year", "templateTitle"));
    }
  }

  public void agree(TargetView t) {
    try {
      targets.agree(t.id());
      done("target.agree.done");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "memberTargets", Map.of());
    }
  }

  public void report() {
    try {
      targets.report(targetId, new ProgressData(LocalDate.now(clock), percent, report));
      percent = null;
      report = null;
      done("target.progress.done");
    } catch (RuntimeException e) {
      FacesErrors.show(
          e, "progressForm", Map.of("percent", "percent", "report", "report", "on", "report"));
    }
  }

  public void issue() {
    try {
      targets.issue(
          targetId,
          new OrderData(responsible == null ? null : responsible.id(), deadline, requirement));
      responsible = null;
      deadline = null;
      requirement = null;
      done("target.order.done");
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "orderForm",
          Map.of(
              "responsibleId",
              "responsible",
              "deadline",
              "deadline",
              "requirement",
              "requirement"));
    }
  }

  public void assess() {
    try {
      targets.assess(targetId, new AssessData(result, evidence));
      result = null;
      evidence = null;
      done("target.assess.done");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "assessForm", Map.of("result", "result", "evidence", "evidence"));
    }
  }

  public void closeOrder() {
    try {
      targets.close(orderId, new OutcomeData(outcome));
      orderId = null;
      outcome = null;
      done("target.orderClosed.done");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "closeForm", Map.of("outcome", "outcome"));
    }
  }

  /** Every target of the organization's year, its own first, for the forms that act on one. */
  public List<TargetView> getAllTargets() {
    List<TargetView> all = new ArrayList<>();
    if (orgYear != null) {
      all.addAll(orgYear.organizationTargets());
      all.addAll(orgYear.memberTargets());
    }
    return all;
  }

  public List<TargetResult> getResults() {
    return Arrays.asList(TargetResult.values());
  }

  /** This year and the next (set in December). */
  public List<Integer> getYears() {
    int y = LocalDate.now(clock).getYear();
    return List.of(y, y + 1);
  }

  public Integer getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public TargetOverview getOverview() {
    return overview;
  }

  public OrganizationYear getOrgYear() {
    return orgYear;
  }

  public MemberPicker.Pick getMember() {
    return member;
  }

  public void setMember(MemberPicker.Pick member) {
    this.member = member;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public boolean isTemplateForMembers() {
    return templateForMembers;
  }

  public void setTemplateForMembers(boolean templateForMembers) {
    this.templateForMembers = templateForMembers;
  }

  public String getTemplateTitle() {
    return templateTitle;
  }

  public void setTemplateTitle(String templateTitle) {
    this.templateTitle = templateTitle;
  }

  public String getTemplateMeasure() {
    return templateMeasure;
  }

  public void setTemplateMeasure(String templateMeasure) {
    this.templateMeasure = templateMeasure;
  }

  public LocalDate getTemplateDueOn() {
    return templateDueOn;
  }

  public void setTemplateDueOn(LocalDate templateDueOn) {
    this.templateDueOn = templateDueOn;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }

  public Integer getPercent() {
    return percent;
  }

  public void setPercent(Integer percent) {
    this.percent = percent;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public MemberPicker.Pick getResponsible() {
    return responsible;
  }

  public void setResponsible(MemberPicker.Pick responsible) {
    this.responsible = responsible;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getRequirement() {
    return requirement;
  }

  public void setRequirement(String requirement) {
    this.requirement = requirement;
  }

  public TargetResult getResult() {
    return result;
  }

  public void setResult(TargetResult result) {
    this.result = result;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public Long getOrderId() {
    return orderId;
  }

  public void setOrderId(Long orderId) {
    this.orderId = orderId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
