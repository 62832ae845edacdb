package cn.dangjian.interfaces.duty.web;

import cn.dangjian.application.duty.ProgressData;
import cn.dangjian.application.duty.TargetData;
import cn.dangjian.application.duty.TargetService;
import cn.dangjian.application.duty.TargetView;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 我的目标, on the phone: the member's targets of the year, agreed on their side, progress reported,
 * and a target of their own proposed to the secretary.
 */
@Named
@ViewScoped
public class MyTargetsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB TargetService targets;
  @Inject UiText ui;
  @Inject Clock clock;

  private List<TargetView> mine;
  private Long targetId;
  private Integer percent;
  private String report;
  private String title;
  private String measure;
  private LocalDate dueOn;

  public List<TargetView> getMine() {
    if (mine == null) {
      mine = targets.mine(null);
    }
    return mine;
  }

  public void agree(TargetView t) {
    try {
      targets.agree(t.id());
      FacesErrors.info(ui.get("target.agree.done"));
      mine = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "targets", Map.of());
    }
  }

  public void report() {
    try {
      targets.report(targetId, new ProgressData(LocalDate.now(clock), percent, report));
      FacesErrors.info(ui.get("target.progress.done"));
      percent = null;
      report = null;
      mine = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e, "progressForm", Map.of("percent", "percent", "report", "report", "on", "report"));
    }
  }

  public void propose() {
    try {
      targets.propose(
          new TargetData(null, null, LocalDate.now(clock).getYear(), null, title, measure, dueOn));
      FacesErrors.info(ui.get("target.proposed"));
      title = null;
      measure = null;
      dueOn = null;
      mine = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "proposeForm",
          Map.of("title", "title", "measure", "measure", "dueOn", "dueOn", "year", "title"));
    }
  }

  /** The targets agreed on both sides and not yet assessed: progress is reported on those. */
  public List<TargetView> getReportable() {
    return getMine().stream().filter(TargetView::reportable).toList();
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
}
