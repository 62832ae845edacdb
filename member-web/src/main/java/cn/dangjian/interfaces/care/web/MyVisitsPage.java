package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.VisitData;
import cn.dangjian.application.care.VisitService;
import cn.dangjian.application.care.VisitView;
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

/** 我的走访: the members a visitor is to visit, each visit recorded on the spot, on the phone. */
@Named
@ViewScoped
public class MyVisitsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB VisitService visits;
  @Inject UiText ui;
  @Inject Clock clock;

  private List<VisitView> mine;
  private Long visitId;
  private LocalDate on;
  private String found;
  private String given;
  private String followUp;

  public List<VisitView> getMine() {
    if (mine == null) {
      mine = visits.mine();
      if (visitId == null) {
        visitId =
            mine.stream().filter(v -> !v.visited()).map(VisitView::id).findFirst().orElse(null);
      }
    }
    return mine;
  }

  public void record() {
    try {
      visits.record(visitId, new VisitData(getOn(), found, given, followUp));
      FacesErrors.info(ui.get("visit.recorded"));
      found = null;
      given = null;
      followUp = null;
      mine = null;
      visitId = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "visitForm",
          Map.of("on", "visitOn", "found", "found", "given", "given", "followUp", "followUp"));
    }
  }

  public Long getVisitId() {
    return visitId;
  }

  public void setVisitId(Long visitId) {
    this.visitId = visitId;
  }

  public LocalDate getOn() {
    return on == null ? LocalDate.now(clock) : on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getFound() {
    return found;
  }

  public void setFound(String found) {
    this.found = found;
  }

  public String getGiven() {
    return given;
  }

  public void setGiven(String given) {
    this.given = given;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }
}
