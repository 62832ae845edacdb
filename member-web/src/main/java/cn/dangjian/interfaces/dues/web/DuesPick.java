package cn.dangjian.interfaces.dues.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The organization and month a dues page is about, as picked at its top (this month by default).
 */
public abstract class DuesPick implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Clock clock;

  private OrgNode organization;
  private String month;

  protected Long organizationId() {
    return organization == null ? null : organization.id();
  }

  protected YearMonth month() {
    YearMonth m = month("month", month);
    return m == null ? YearMonth.now(clock) : m;
  }

  /** A month typed as 2026-06; none when blank. */
  protected static YearMonth month(String field, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(List.of(new Violation(field, "error.month", v)));
    }
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
}
