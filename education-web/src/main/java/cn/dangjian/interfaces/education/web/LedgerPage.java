package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.LedgerCoverage;
import cn.dangjian.application.education.LedgerReport;
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
 * An organization's study hours for a year: its figures and those of each organization under it
 * (counts drawn as bars, in the tree's order), its members page by page in name order with who is
 * short of the minimum and by how much, and who has not studied at all this quarter. No ranking.
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int PAGE = 50;

  @EJB LedgerService ledger;
  @Inject Clock clock;

  private OrgNode org;
  private Integer year;
  private boolean onlyShort;
  private int first;
  private LedgerReport report;
  private LedgerCoverage coverage;

  public void show() {
    first = 0;
    load(true);
  }

  public void next() {
    first += PAGE;
    load(false);
  }

  public void previous() {
    first = Math.max(0, first - PAGE);
    load(false);
  }

  private void load(boolean withCoverage) {
    try {
      if (org == null) {
        report = null;
        coverage = null;
        return;
      }
      report = ledger.report(org.id(), getYear(), onlyShort, first, PAGE);
      if (withCoverage) {
        coverage = ledger.notStudiedInQuarter(org.id(), LocalDate.now(clock));
      }
    } catch (RuntimeException e) {
      FacesErrors.show(e, "ledger", Map.of("org", "org"));
    }
  }

  public LedgerReport getReport() {
    return report;
  }

  public List<LedgerRow> getRows() {
    return report == null ? List.of() : report.rows();
  }

  public boolean isHasNext() {
    return report != null && first + PAGE < report.total();
  }

  public boolean isHasPrevious() {
    return first > 0;
  }

  public int getFirst() {
    return first;
  }

  /** A share as a bar's width in percent of the organization's members; drawn, never listed. */
  public long width(long part, long whole) {
    return whole == 0 ? 0 : Math.round(100.0 * part / whole);
  }

  public LedgerCoverage getCoverage() {
    return coverage;
  }

  public List<String> getNotStudiedNames() {
    return coverage == null ? List.of() : coverage.first().stream().map(LedgerRow::name).toList();
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
