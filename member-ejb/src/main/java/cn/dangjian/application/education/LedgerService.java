package cn.dangjian.application.education;

import cn.dangjian.application.shared.sheet.SheetFormat;
import jakarta.ejb.Local;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

/** The study ledger (学时): a member's own, and an organization's yearly report. */
@Local
public interface LedgerService {
  /** The caller's own ledger for the year. */
  LedgerView mine(int year);

  /**
   * The year's report of the organization and those under it, with a page of its members in name
   * order ({@code onlyShort}: those below their minimum).
   */
  LedgerReport report(Long organizationId, int year, boolean onlyShort, int first, int max);

  /** Coverage (全员) in the quarter of {@code day}. */
  LedgerCoverage notStudiedInQuarter(Long organizationId, LocalDate day);

  /** The year's report as the organization department files it (.xlsx or CSV); audited. */
  void export(Long organizationId, int year, SheetFormat format, Locale locale, OutputStream out);
}
