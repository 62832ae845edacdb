package cn.dangjian.interfaces.education.rest;

import cn.dangjian.application.education.LedgerCoverage;
import cn.dangjian.application.education.LedgerReport;
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

  /**
   * The organization's figures for the year, those of each organization under it, and a page of its
   * members in name order ({@code short=true}: those below their minimum): never a ranking.
   */
  @GET
  public LedgerReport report(
      @QueryParam("org") Long org,
      @QueryParam("year") Integer year,
      @QueryParam("short") boolean onlyShort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return ledger.report(org, year(year), onlyShort, first, max);
  }

  /** Coverage (全员): who has no hours at all in the current quarter. */
  @GET
  @Path("coverage")
  public LedgerCoverage coverage(@QueryParam("org") Long org) {
    return ledger.notStudiedInQuarter(org, LocalDate.now(clock));
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
