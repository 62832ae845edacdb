package cn.dangjian.interfaces.register.rest;

import cn.dangjian.application.register.RegisterService;
import cn.dangjian.application.register.RegisterView;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;

/**
 * 党员管理台账: an organization's year of member events (GET 2026?organizationId=), printed (GET
 * 2026/pdf?organizationId=) and as a spreadsheet (GET 2026/xlsx?organizationId=); both audited.
 */
@Path("registers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {
  @EJB RegisterService registers;
  @Context HttpHeaders headers;

  @GET
  @Path("{year}")
  public RegisterView register(
      @PathParam("year") int year, @QueryParam("organizationId") Long organizationId) {
    return registers.register(
        organizationId, year, ApiLanguage.locale(headers.getAcceptableLanguages()));
  }

  @GET
  @Path("{year}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(
      @PathParam("year") int year, @QueryParam("organizationId") Long organizationId) {
    return Response.ok(registers.pdf(organizationId, year), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"register-" + year + ".pdf\"")
        .build();
  }

  @GET
  @Path("{year}/xlsx")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_JSON
  })
  public Response xlsx(
      @PathParam("year") int year, @QueryParam("organizationId") Long organizationId) {
    // written before the first byte goes out, so that a refusal is an error and not a broken file
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    registers.xlsx(
        organizationId, year, ApiLanguage.locale(headers.getAcceptableLanguages()), file);
    return Response.ok(file.toByteArray(), SheetFormat.XLSX.contentType())
        .header("Content-Disposition", "attachment; filename=\"register-" + year + ".xlsx\"")
        .build();
  }
}
