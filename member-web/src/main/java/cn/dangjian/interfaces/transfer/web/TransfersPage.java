package cn.dangjian.interfaces.transfer.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.transfer.ArrivalRequest;
import cn.dangjian.application.transfer.LetterRequest;
import cn.dangjian.application.transfer.TransferList;
import cn.dangjian.application.transfer.TransferService;
import cn.dangjian.application.transfer.TransferView;
import cn.dangjian.application.transfer.WithinRequest;
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
import java.util.Map;

/**
 * 组织关系转接: an organization's transfers (overdue receipts first, then what waits for it to accept,
 * its own still open), and the three ways a member's relation moves.
 */
@Named
@ViewScoped
public class TransfersPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB TransferService transfers;
  @Inject UiText ui;
  @Inject Clock clock;

  private TransferList list;
  private MemberPicker.Pick member;
  private OrgNode target;
  private String toOrganization;
  private String fromOrganization;
  private String letterNumber;
  private String reason;
  private LocalDate on;
  private Integer validDays = LetterRequest.USUAL_DAYS;
  private String note;
  private LocalDate receiptOn;

  @Override
  public void show() {
    try {
      list = transfers.list(pickedId());
    } catch (RuntimeException e) {
      list = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  private Long memberId() {
    return member == null ? null : member.id();
  }

  private LocalDate day() {
    return on == null ? LocalDate.now(clock) : on;
  }

  private void done(TransferView v, String key) {
    FacesErrors.info(ui.format(key, v.memberName()));
    member = null;
    reason = null;
    target = null;
    toOrganization = null;
    fromOrganization = null;
    letterNumber = null;
    note = null;
    if (pickedId() != null) {
      show();
    }
  }

  private static final Map<String, String> FIELDS =
      Map.of(
          "memberId", "member",
          "targetOrganizationId", "target",
          "toOrganization", "toOrganization",
          "fromOrganization", "fromOrganization",
          "letterNumber", "letterNumber",
          "reason", "reason",
          "on", "on",
          "validDays", "validDays");

  public void requestWithin() {
    try {
      done(
          transfers.requestWithin(
              new WithinRequest(memberId(), target == null ? null : target.id(), reason, day())),
          "transfer.requested.done");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "withinForm", FIELDS);
    }
  }

  public void issueLetter() {
    try {
      done(
          transfers.issueLetter(
              new LetterRequest(memberId(), toOrganization, reason, day(), validDays)),
          "transfer.letter.done");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "letterForm", FIELDS);
    }
  }

  public void receive() {
    try {
      done(
          transfers.receive(
              new ArrivalRequest(memberId(), fromOrganization, letterNumber, reason, day())),
          "transfer.received.done");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "arrivalForm", FIELDS);
    }
  }

  public void accept(TransferView t) {
    act(() -> transfers.accept(t.id()), "transfer.accepted.done");
  }

  public void refuse(TransferView t) {
    act(() -> transfers.refuse(t.id(), note), "transfer.refused.done");
  }

  public void cancel(TransferView t) {
    act(() -> transfers.cancel(t.id()), "transfer.cancelled.done");
  }

  public void receiptReturned(TransferView t) {
    act(
        () ->
            transfers.receiptReturned(t.id(), receiptOn == null ? LocalDate.now(clock) : receiptOn),
        "transfer.receipt.done");
  }

  private void act(java.util.function.Supplier<TransferView> action, String key) {
    try {
      done(action.get(), key);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "listForm", Map.of());
    }
  }

  public TransferList getList() {
    return list;
  }

  public MemberPicker.Pick getMember() {
    return member;
  }

  public void setMember(MemberPicker.Pick member) {
    this.member = member;
  }

  public OrgNode getTarget() {
    return target;
  }

  public void setTarget(OrgNode target) {
    this.target = target;
  }

  public String getToOrganization() {
    return toOrganization;
  }

  public void setToOrganization(String toOrganization) {
    this.toOrganization = toOrganization;
  }

  public String getFromOrganization() {
    return fromOrganization;
  }

  public void setFromOrganization(String fromOrganization) {
    this.fromOrganization = fromOrganization;
  }

  public String getLetterNumber() {
    return letterNumber;
  }

  public void setLetterNumber(String letterNumber) {
    this.letterNumber = letterNumber;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public Integer getValidDays() {
    return validDays;
  }

  public void setValidDays(Integer validDays) {
    this.validDays = validDays;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalDate getReceiptOn() {
    return receiptOn;
  }

  public void setReceiptOn(LocalDate receiptOn) {
    this.receiptOn = receiptOn;
  }
}
