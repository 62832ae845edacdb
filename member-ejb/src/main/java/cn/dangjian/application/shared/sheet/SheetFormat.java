package cn.dangjian.application.shared.sheet;

import java.util.Locale;

/** The download formats of the roster and the audit log. */
public enum SheetFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String contentType;
  private final String extension;

  SheetFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** "xlsx" or "XLSX"; used by JAX-RS and the download servlets for a format parameter. */
  public static SheetFormat fromString(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
