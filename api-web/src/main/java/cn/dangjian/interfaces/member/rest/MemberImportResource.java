package cn.dangjian.interfaces.member.rest;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.member.sheet.MemberSheetService;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * The member imports for scripts: the .xlsx as the request body, the same checks as the page; the
 * roster, and members' histories kept on paper (histories).
 */
@Path("members/import")
@RequestScoped
public class MemberImportResource {
  @EJB MemberSheetService sheets;
  @Context HttpHeaders headers;

  @POST
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @BodyLimit(MemberSheetService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importXlsx(@HeaderParam("X-File-Name") String fileName, InputStream body)
      throws IOException {
    return ImportResult.of(sheets.importXlsx(body, fileName, p -> {}), headers);
  }

  /** Going live from paper: members' histories, the same sheet as the page takes; all or none. */
  @POST
  @Path("histories")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @BodyLimit(MemberSheetService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importHistories(@HeaderParam("X-File-Name") String fileName, InputStream body)
      throws IOException {
    return ImportResult.of(sheets.importHistories(body, fileName), headers);
  }
}
