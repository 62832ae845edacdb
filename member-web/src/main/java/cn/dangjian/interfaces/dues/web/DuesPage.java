package cn.dangjian.interfaces.dues.web;

import cn.dangjian.application.dues.DuesBaseData;
import cn.dangjian.application.dues.DuesMonth;
import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.PaymentData;
import cn.dangjian.application.dues.ReliefData;
import cn.dangjian.domain.dues.DuesKind;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * 党费 by month: an organization's month (dues, payments, months behind), a payment, a member's base,
 * and the branch's decision to reduce or exempt a member's dues.
 */
@Named
@ViewScoped
public class DuesPage extends DuesPick {
  private static final long serialVersionUID = 1L;

  @EJB DuesService dues;
  @Inject UiText ui;

  private DuesMonth sheet;
  private PayMethod method = PayMethod.CASH;
  private Long baseMember;
  private DuesKind kind = DuesKind.SALARY;
  private BigDecimal base;
  private Long reliefMember;
  private String reliefFrom;
  private String reliefTo;
  private BigDecimal reliefAmount;
  private String reliefReason;
  private LocalDate decidedOn;

  /** Shows the picked organization's month. */
  public void show() {
    try {
      sheet = dues.month(organizationId(), month());
    } catch (RuntimeException e) {
      sheet = null;
      FacesErrors.show(e, "pick", Map.of("month", "month", "organizationId", "organization"));
    }
  }

  /** The row's month paid today by the chosen method. */
  public void pay(DuesMonth.Row row) {
    try {
      dues.pay(new PaymentData(row.memberId(), month(), method, LocalDate.now(clock)));
      FacesErrors.info(ui.format("dues.paidNow", row.name(), month().toString()));
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "sheet", Map.of());
    }
  }

  public void saveBase() {
    try {
      dues.setBase(new DuesBaseData(baseMember, month().getYear(), kind, base));
      FacesErrors.info(ui.get("dues.baseSaved"));
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "base", Map.of("memberId", "member", "kind", "kind", "base", "amount"));
    }
  }

  /** The branch's decision, sent to the next level for approval. */
  public void requestRelief() {
    try {
      dues.requestRelief(
          new ReliefData(
              reliefMember,
              month("from", reliefFrom),
              month("to", reliefTo),
              reliefAmount,
              reliefReason,
              decidedOn));
      FacesErrors.info(ui.get("dues.relief.sent"));
      reliefMember = null;
      reliefReason = null;
      reliefAmount = null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "relief",
          Map.of(
              "memberId", "member",
              "from", "from",
              "to", "to",
              "amount", "amount",
              "reason", "reason",
              "decidedOn", "decidedOn"));
    }
  }

  public DuesMonth getSheet() {
    return sheet;
  }

  public DuesKind[] getKinds() {
    return DuesKind.values();
  }

  public PayMethod[] getMethods() {
    return PayMethod.values();
  }

  public PayMethod getMethod() {
    return method;
  }

  public void setMethod(PayMethod method) {
    this.method = method;
  }

  public Long getBaseMember() {
    return baseMember;
  }

  public void setBaseMember(Long baseMember) {
    this.baseMember = baseMember;
  }

  public DuesKind getKind() {
    return kind;
  }

  public void setKind(DuesKind kind) {
    this.kind = kind;
  }

  public BigDecimal getBase() {
    return base;
  }

  public void setBase(BigDecimal base) {
    this.base = base;
  }

  public Long getReliefMember() {
    return reliefMember;
  }

  public void setReliefMember(Long reliefMember) {
    this.reliefMember = reliefMember;
  }

  public String getReliefFrom() {
    return reliefFrom == null ? getMonth() : reliefFrom;
  }

  public void setReliefFrom(String reliefFrom) {
    this.reliefFrom = reliefFrom;
  }

  public String getReliefTo() {
    if (reliefTo != null) {
      return reliefTo;
    }
    try {
      return month().withMonth(12).toString();
    } catch (ValidationException e) {
      return null;
    }
  }

  public void setReliefTo(String reliefTo) {
    this.reliefTo = reliefTo;
  }

  public BigDecimal getReliefAmount() {
    return reliefAmount;
  }

  public void setReliefAmount(BigDecimal reliefAmount) {
    this.reliefAmount = reliefAmount;
  }

  public String getReliefReason() {
    return reliefReason;
  }

  public void setReliefReason(String reliefReason) {
    this.reliefReason = reliefReason;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }
}
