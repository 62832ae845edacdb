package cn.dangjian.interfaces.dues.web;

import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.DuesSummary;
import cn.dangjian.application.dues.ReliefView;
import cn.dangjian.domain.dues.ReliefStatus;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 党费汇总与减免审批: a committee's month by organization below it, to the fen, and the branches' requests
 * to reduce or exempt dues, approved or refused here (the next level).
 */
@Named
@ViewScoped
public class DuesSummaryPage extends DuesPick {
  private static final long serialVersionUID = 1L;

  @EJB DuesService dues;
  @Inject UiText ui;

  private DuesSummary summary;
  private List<ReliefView> requested = List.of();
  private List<ReliefView> decided = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  /** Shows the picked organization's month. */
  public void show() {
    try {
      summary = dues.summary(organizationId(), month());
      requested = dues.reliefs(organizationId(), ReliefStatus.REQUESTED);
      decided = dues.reliefs(organizationId(), ReliefStatus.APPROVED);
    } catch (RuntimeException e) {
      summary = null;
      FacesErrors.show(e, "pick", Map.of("month", "month", "organizationId", "organization"));
    }
  }

  public void approve(ReliefView r) {
    review(r, true);
  }

  public void refuse(ReliefView r) {
    review(r, false);
  }

  private void review(ReliefView r, boolean approve) {
    try {
      String note = notes.get(r.id());
      if (approve) {
        dues.approveRelief(r.id(), note);
      } else {
        dues.refuseRelief(r.id(), note);
      }
      FacesErrors.info(
          ui.format(approve ? "dues.relief.approvedNow" : "dues.relief.refusedNow", r.name()));
      notes.remove(r.id());
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "reliefs", Map.of());
    }
  }

  public DuesSummary getSummary() {
    return summary;
  }

  public List<ReliefView> getRequested() {
    return requested;
  }

  public List<ReliefView> getDecided() {
    return decided;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
