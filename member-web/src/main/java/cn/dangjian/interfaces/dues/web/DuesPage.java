package cn.dangjian.interfaces.dues.web;

import cn.dangjian.application.dues.DuesBaseData;
import cn.dangjian.application.dues.DuesMonth;
import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.PaymentData;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.dues.DuesKind;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** 党费: an organization's month (dues, payments, months behind), a payment, a member's base. */
@Named
@ViewScoped
public class DuesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB DuesService dues;
  @Inject UiText ui;
  @Inject Clock clock;

  private OrgNode organization;
  private String month;
  private DuesMonth sheet;
  private PayMethod method = PayMethod.CASH;
  private Long baseMember;
  private DuesKind kind = DuesKind.SALARY;
  private BigDecimal base;

  public void show() {
    try {
      sheet = dues.month(organization == null ? null : organization.id(), month());
    } catch (RuntimeException e) {
      sheet = null;
      FacesErrors.show(e, "pick", Map.of("month", "month", "organizationId", "organization"));
    }
  }

  private YearMonth month() {
    try {
      return month == null || month.isBlank()
          ? YearMonth.now(clock)
          : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(List.of(new Violation("month", "error.month", month)));
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

  public DuesMonth getSheet() {
    return sheet;
  }

  public DuesKind[] getKinds() {
    return DuesKind.values();
  }

  public PayMethod[] getMethods() {
    return PayMethod.values();
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public String getMonth() {
    return month == null ? YearMonth.now(clock).toString() : month;
  }

  public void setMonth(String month) {
    this.month = month;
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
}
