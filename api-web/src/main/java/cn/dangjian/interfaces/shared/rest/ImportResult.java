package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.sheet.ImportReport;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What an import of a spreadsheet did: 200 when all rows were written, 400 with the problems. */
public record ImportResult(
    int rows, int imported, long problemCount, List<ImportReport.Line> problems) {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static Response of(ImportReport report, HttpHeaders headers) {
    return Response.status(report.succeeded() ? Response.Status.OK : Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new ImportResult(
                report.rows(),
                report.imported(),
                report.problemCount(),
                report.lines(ApiLanguage.of(headers))))
        .build();
  }
}
