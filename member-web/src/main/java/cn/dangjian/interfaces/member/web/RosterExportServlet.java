package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.sheet.MemberSheetService;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberQuery.SortField;
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
 * Downloads the roster, filtered as on the page, as .xlsx or CSV
 * (/members/export?format=csv&name=...); citizen ids are masked unless the request asks for {@code
 * citizenIds=full}.
 */
@WebServlet("/members/export")
public class RosterExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB MemberSheetService sheets;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    SheetFormat format;
    MemberQuery query;
    try {
      format = SheetDownload.format(req);
      query =
          new MemberQuery(
              MemberData.trimToNull(req.getParameter("name")),
              number(req, "org"),
              choice(Category.class, req.getParameter("category")),
              choice(Employment.class, req.getParameter("employment")),
              flag(req, "frontline"),
              flag(req, "mobile"),
              flag(req, "lostContact"),
              null,
              SortField.NAME,
              false);
    } catch (IllegalArgumentException e) {
      resp.sendError(
          HttpServletResponse.SC_BAD_REQUEST, Messages.in(req.getLocale()).text("error.request"));
      return;
    }
    SheetDownload.start(
        resp,
        format,
        "roster",
        Messages.in(Locale.SIMPLIFIED_CHINESE).text("sheet.fileName"),
        LocalDate.now(clock));
    sheets.export(
        query, format, "full".equals(req.getParameter("citizenIds")), resp.getOutputStream());
  }

  private static Long number(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : Long.valueOf(v);
  }

  private static Boolean flag(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : Boolean.valueOf(v);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String v) {
    return v == null || v.isBlank() ? null : Enum.valueOf(type, v);
  }
}
