package cn.dangjian.interfaces.audit.rest;

import cn.dangjian.application.audit.AuditQuery;
import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;

/**
 * The audit log, newest first, in the caller's language: group admin and auditor only. Filters: a
 * period of Beijing days ({@code from}, {@code to}, both included), the operator, the kind and id
 * of the record, the action.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @EJB AuditService audit;
  @Context HttpHeaders headers;

  @GET
  public List<AuditRecord> find(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("action") AuditAction action,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return audit.find(query(from, to, actor, entityType, entityId, action), first, max, locale());
  }

  /**
   * The same entries as a spreadsheet ({@code format=XLSX}, the default, or {@code CSV}); the
   * export is audited.
   */
  @GET
  @Path("export")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/csv",
    MediaType.APPLICATION_JSON
  })
  public Response export(
      @QueryParam("format") @DefaultValue("XLSX") SheetFormat format,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("action") AuditAction action) {
    AuditQuery q = query(from, to, actor, entityType, entityId, action);
    Locale locale = locale();
    // Checked before the first byte, so that too large a selection is a 400 and not a broken file.
    audit.checkExport(q);
    StreamingOutput body = out -> audit.export(q, format, locale, out);
    return Response.ok(body, format.contentType())
        .header("Content-Disposition", "attachment; filename=\"audit." + format.extension() + "\"")
        .build();
  }

  private static AuditQuery query(
      String from,
      String to,
      String actor,
      String entityType,
      String entityId,
      AuditAction action) {
    return new AuditQuery(
        ApiInput.date("from", from), ApiInput.date("to", to), actor, entityType, entityId, action);
  }

  private Locale locale() {
    return ApiLanguage.locale(headers.getAcceptableLanguages());
  }
}
