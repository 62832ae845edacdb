package cn.dangjian.application.education;

import cn.dangjian.application.shared.sheet.SheetFormat;
import jakarta.ejb.Local;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The study ledger (学时): a member's own, and an organization's yearly report. */
@Local
public interface LedgerService {
  /** The caller's own ledger for the year. */
  LedgerView mine(int year);

  /** Every member of the organization and those under it, in name order, for the year. */
  List<LedgerRow> report(Long organizationId, int year);

  /**
   * Coverage (全员): the members of the organization and those under it who have no hours at all in
   * the quarter of {@code day}, in name order.
   */
  List<LedgerRow> notStudiedInQuarter(Long organizationId, LocalDate day);

  /** The year's report as the organization department files it (.xlsx or CSV); audited. */
  void export(Long organizationId, int year, SheetFormat format, Locale locale, OutputStream out);
}
