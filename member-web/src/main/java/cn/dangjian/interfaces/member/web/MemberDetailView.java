package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.HistoryView;
import cn.dangjian.application.member.MemberDetail;
import cn.dangjian.application.member.MemberService;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One member: the record, the masked id and its audited reveal, transfer and history. */
@Named
@ViewScoped
public class MemberDetailView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB MemberService members;
  @Inject UiText ui;

  private Long id;
  private MemberDetail detail;
  private List<HistoryView> history;
  private String revealed;
  private boolean notFound;

  private OrgNode moveTarget;
  private LocalDate moveDate;
  private String moveReason;

  private HistoryKind newKind;
  private LocalDate newStart;
  private LocalDate newEnd;
  private String newTitle;
  private String newSubtype;
  private String newDetail;

  /**
   * {@code id} absent means the caller's own record: a user with none (an auditor) is told so on
   * the page. A member absent or outside the caller's scope is the site's 404 (PageErrors).
   */
  public void load() {
    if (id == null) {
      try {
        detail = members.me();
      } catch (RuntimeException e) {
        notFound = true;
        FacesErrors.show(e, "detail", Map.of());
        return;
      }
    } else {
      detail = members.get(id);
    }
    id = detail.id();
    history = members.history(id);
  }

  public void reveal() {
    try {
      revealed = members.revealCitizenId(id);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "detail", Map.of());
    }
  }

  public void move() {
    try {
      members.move(
          id, detail.version(), moveTarget == null ? null : moveTarget.id(), moveDate, moveReason);
      FacesErrors.info(ui.get("member.move.done"));
      moveTarget = null;
      moveReason = null;
      load();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "moveForm", Map.of("date", "moveDate"));
    }
  }

  public void addHistory() {
    try {
      members.addHistory(id, newKind, newStart, newEnd, newTitle, newSubtype, newDetail);
      FacesErrors.info(ui.get("history.saved"));
      newKind = null;
      newStart = null;
      newEnd = null;
      newTitle = null;
      newSubtype = null;
      newDetail = null;
      history = members.history(id);
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "historyForm",
          Map.of("kind", "kind", "startDate", "start", "title", "title", "endDate", "end"));
    }
  }

  public List<HistoryKind> getHistoryKinds() {
    return Arrays.stream(HistoryKind.values()).filter(k -> k != HistoryKind.TRANSFER).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MemberDetail getDetail() {
    return detail;
  }

  public List<HistoryView> getHistory() {
    return history;
  }

  public String getRevealed() {
    return revealed;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public OrgNode getMoveTarget() {
    return moveTarget;
  }

  public void setMoveTarget(OrgNode moveTarget) {
    this.moveTarget = moveTarget;
  }

  public LocalDate getMoveDate() {
    return moveDate;
  }

  public void setMoveDate(LocalDate moveDate) {
    this.moveDate = moveDate;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public void setMoveReason(String moveReason) {
    this.moveReason = moveReason;
  }

  public HistoryKind getNewKind() {
    return newKind;
  }

  public void setNewKind(HistoryKind newKind) {
    this.newKind = newKind;
  }

  public LocalDate getNewStart() {
    return newStart;
  }

  public void setNewStart(LocalDate newStart) {
    this.newStart = newStart;
  }

  public LocalDate getNewEnd() {
    return newEnd;
  }

  public void setNewEnd(LocalDate newEnd) {
    this.newEnd = newEnd;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewSubtype() {
    return newSubtype;
  }

  public void setNewSubtype(String newSubtype) {
    this.newSubtype = newSubtype;
  }

  public String getNewDetail() {
    return newDetail;
  }

  public void setNewDetail(String newDetail) {
    this.newDetail = newDetail;
  }
}
