package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.shared.sheet.SheetFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What the spreadsheet downloads of this module share: the format asked for, the file's headers.
 */
final class SheetDownload {
  private SheetDownload() {}

  /**
   * {@code format=xlsx} (the default) or {@code csv}; anything else is an IllegalArgumentException.
   */
  static SheetFormat format(HttpServletRequest req) {
    String f = req.getParameter("format");
    return f == null || f.isBlank() ? SheetFormat.XLSX : SheetFormat.fromString(f);
  }

  /**
   * The type and the file name: {@code <ascii>.<ext>} for old clients, {@code <title>-<day>.<ext>}
   * in UTF-8 for the others (RFC 6266).
   */
  static void start(
      HttpServletResponse resp, SheetFormat format, String ascii, String title, LocalDate day) {
    String name = title + "-" + day + "." + format.extension();
    resp.setContentType(format.contentType());
    resp.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + ascii
            + "."
            + format.extension()
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
