package cn.dangjian.interfaces.education.rest;

import cn.dangjian.application.education.LedgerRow;
import cn.dangjian.application.education.LedgerService;
import cn.dangjian.application.education.LedgerView;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The study ledger (学时): one's own for a year, and an organization's yearly hours report. */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
  @EJB LedgerService ledger;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Path("me")
  public LedgerView mine(@QueryParam("year") Integer year) {
    return ledger.mine(year(year));
  }

  /** Every member of the organization and those under it, in name order: never a ranking. */
  @GET
  public List<LedgerRow> report(@QueryParam("org") Long org, @QueryParam("year") Integer year) {
    return ledger.report(org, year(year));
  }

  /** The year's report as the organization department files it; the export is audited. */
  @GET
  @Path("export")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/csv",
    MediaType.APPLICATION_JSON
  })
  public Response export(
      @QueryParam("org") Long org,
      @QueryParam("year") Integer year,
      @QueryParam("format") @DefaultValue("XLSX") SheetFormat format) {
    int y = year(year);
    // written before the first byte goes out, so that a refusal is an error and not a broken file
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ledger.export(org, y, format, ApiLanguage.locale(headers.getAcceptableLanguages()), file);
    return Response.ok(file.toByteArray(), format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"study-hours-" + y + "." + format.extension() + "\"")
        .build();
  }

  private int year(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }
}
