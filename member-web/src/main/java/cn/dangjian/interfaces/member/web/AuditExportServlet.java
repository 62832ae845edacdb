package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.audit.AuditQuery;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.shared.ValidationException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Downloads the audit log, filtered as on the page, as .xlsx or CSV
 * (/audit/export?format=xlsx&from=...).
 */
@WebServlet("/audit/export")
public class AuditExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB AuditService audit;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Locale locale =
        req.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : req.getLocale();
    Messages messages = Messages.in(locale);
    SheetFormat format;
    AuditQuery query;
    try {
      format = SheetDownload.format(req);
      query = AuditLink.query(req::getParameter);
    } catch (IllegalArgumentException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, messages.text("error.request"));
      return;
    }
    try {
      audit.checkExport(query);
    } catch (ValidationException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, messages.text(e.violations().get(0)));
      return;
    }
    SheetDownload.start(
        resp, format, "audit", messages.text("audit.sheet.name"), LocalDate.now(clock));
    audit.export(query, format, locale, resp.getOutputStream());
  }
}
