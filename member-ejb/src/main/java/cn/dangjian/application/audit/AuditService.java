package cn.dangjian.application.audit;

import cn.dangjian.application.shared.sheet.SheetFormat;
import jakarta.ejb.Local;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Reading the audit log: the group admin and the auditor only. Texts are in {@code locale}. */
@Local
public interface AuditService {
  /** The most entries one export holds; a larger selection is refused with the count. */
  int EXPORT_LIMIT = 200_000;

  /** The entries the query finds, newest first. */
  List<AuditRecord> find(AuditQuery query, int first, int max, Locale locale);

  long count(AuditQuery query);

  /** The kinds of record the log names, for choosing one: type and its label. */
  List<EntityType> entityTypes(Locale locale);

  /**
   * Refuses (400) a query whose period is reversed or that finds more than {@link #EXPORT_LIMIT}
   * entries.
   */
  void checkExport(AuditQuery query);

  /** Writes every entry the query finds as a spreadsheet, newest first; the export is audited. */
  void export(AuditQuery query, SheetFormat format, Locale locale, OutputStream out);

  record EntityType(String type, String label) implements Serializable {}
}
