package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.CareService;
import cn.dangjian.application.care.HelpData;
import cn.dangjian.application.care.PairView;
import cn.dangjian.domain.care.HelpKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** 我的一助一: the pairs a member helps in, each help recorded on the spot, on the phone. */
@Named
@ViewScoped
public class HelpingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CareService care;
  @Inject UiText ui;
  @Inject Clock clock;

  private List<PairView> pairs;
  private Long pairId;
  private LocalDate on;
  private HelpKind kind;
  private String what;

  public List<PairView> getPairs() {
    if (pairs == null) {
      pairs = care.helping();
      if (pairId == null && !pairs.isEmpty()) {
        pairId = pairs.get(0).id();
      }
    }
    return pairs;
  }

  public void record() {
    try {
      care.help(pairId, new HelpData(on, kind, what));
      FacesErrors.info(ui.get("care.help.done"));
      kind = null;
      what = null;
      pairs = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e, "helpForm", Map.of("on", "helpOn", "kind", "helpKind", "what", "helpWhat"));
    }
  }

  public List<HelpKind> getKinds() {
    return Arrays.asList(HelpKind.values());
  }

  public Long getPairId() {
    return pairId;
  }

  public void setPairId(Long pairId) {
    this.pairId = pairId;
  }

  public LocalDate getOn() {
    return on == null ? LocalDate.now(clock) : on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public HelpKind getKind() {
    return kind;
  }

  public void setKind(HelpKind kind) {
    this.kind = kind;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }
}
