package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.LedgerRow;
import cn.dangjian.application.education.LedgerService;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.interfaces.shared.web.FacesErrors;
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
 * An organization's study hours for a year, member by member in name order, who is short of the
 * minimum and by how much, and who has not studied at all this quarter. No ranking.
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB LedgerService ledger;
  @Inject Clock clock;

  private OrgNode org;
  private Integer year;
  private boolean onlyShort;
  private List<LedgerRow> rows;
  private List<LedgerRow> notStudied;

  public void show() {
    rows = null;
    notStudied = null;
    try {
      if (org != null) {
        rows = ledger.report(org.id(), getYear());
        notStudied = ledger.notStudiedInQuarter(org.id(), LocalDate.now(clock));
      }
    } catch (RuntimeException e) {
      FacesErrors.show(e, "ledger", Map.of("org", "org"));
    }
  }

  public List<LedgerRow> getRows() {
    if (rows == null) {
      return List.of();
    }
    return onlyShort ? rows.stream().filter(r -> r.remaining().signum() > 0).toList() : rows;
  }

  public long getShortCount() {
    return rows == null ? 0 : rows.stream().filter(r -> r.remaining().signum() > 0).count();
  }

  public int getTotal() {
    return rows == null ? 0 : rows.size();
  }

  public List<LedgerRow> getNotStudied() {
    return notStudied == null ? List.of() : notStudied;
  }

  public List<String> getNotStudiedNames() {
    return getNotStudied().stream().map(LedgerRow::name).toList();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now, now - 1, now - 2);
  }

  public OrgNode getOrg() {
    return org;
  }

  public void setOrg(OrgNode org) {
    this.org = org;
  }

  public int getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public boolean isOnlyShort() {
    return onlyShort;
  }

  public void setOnlyShort(boolean onlyShort) {
    this.onlyShort = onlyShort;
  }
}
