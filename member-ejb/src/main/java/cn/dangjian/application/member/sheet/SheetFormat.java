package cn.dangjian.application.member.sheet;

/** The roster's download formats. */
public enum SheetFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String contentType;
  private final String extension;

  SheetFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
