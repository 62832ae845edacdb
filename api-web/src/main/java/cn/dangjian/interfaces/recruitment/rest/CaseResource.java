package cn.dangjian.interfaces.recruitment.rest;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.member.sheet.MemberSheetService;
import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.CaseImportService;
import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.DueItem;
import cn.dangjian.application.recruitment.OpinionData;
import cn.dangjian.application.recruitment.OpinionView;
import cn.dangjian.application.recruitment.PersonOption;
import cn.dangjian.application.recruitment.ProspectService;
import cn.dangjian.application.recruitment.SideExitService;
import cn.dangjian.application.recruitment.StepData;
import cn.dangjian.application.recruitment.StepService;
import cn.dangjian.application.recruitment.VerdictView;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.recruitment.CaseQuery;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import cn.dangjian.interfaces.shared.rest.Attachment;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.Filed;
import cn.dangjian.interfaces.shared.rest.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recruitment cases (发展党员): the board's counts, cases, a case with its timeline and today's
 * verdicts, a dry run of a step, recording a step (If-Match with the case's version).
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

  @EJB CaseQueryService cases;
  @EJB StepService steps;
  @EJB SideExitService exits;
  @EJB CaseImportService imports;
  @EJB ProspectService prospects;
  @Context HttpHeaders headers;

  /** A verdict as a sentence in the caller's language, with its citation. */
  public record Withdrawal(Integer version, LocalDate date, String reason) {}

  public record Transfer(Integer version, Long organizationId, LocalDate date, String reason) {}

  public record Extension(Integer version, LocalDate date, Integer months, String reason) {}

  /** One page of the board: how many match, and those from {@code first}. */
  public record Page(long total, int first, int max, List<CaseRow> items) {}

  @GET
  public Page search(
      @QueryParam("standing") Standing standing,
      @QueryParam("status") CaseStatus status,
      @QueryParam("org") Long organizationId,
      @QueryParam("name") String name,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    CaseQuery q = new CaseQuery(standing, status, organizationId, name);
    List<CaseRow> items = cases.cases(q, first, max);
    return new Page(cases.count(q), first, items.size(), items);
  }

  @GET
  @Path("counts")
  public Map<Standing, Long> counts() {
    return cases.counts();
  }

  @GET
  @Path("due")
  public List<DueItem> due() {
    return cases.due();
  }

  @POST
  public Response open(ApplicantData applicant) {
    CaseView c = steps.open(ApiInput.body(applicant), locale());
    return Response.created(UriBuilder.fromResource(CaseResource.class).path("{id}").build(c.id()))
        .entity(c)
        .tag(ApiInput.etag(c.version()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    return current(id);
  }

  /** 征求党内外群众意见: those gathered while the person was in sight, then during the case. */
  @GET
  @Path("{id}/opinions")
  public List<OpinionView> opinions(@PathParam("id") Long id) {
    return prospects.opinionsOfCase(id);
  }

  @POST
  @Path("{id}/opinions")
  public List<OpinionView> opinion(@PathParam("id") Long id, OpinionData opinion) {
    return prospects.opinionOfCase(id, ApiInput.body(opinion));
  }

  /** The branch's full members who may be named as mentors or sponsors. */
  @GET
  @Path("{id}/people")
  public List<PersonOption> people(@PathParam("id") Long id) {
    return cases.people(id);
  }

  @POST
  @Path("{id}/check")
  public List<VerdictView> check(@PathParam("id") Long id, StepData step) {
    return VerdictView.of(cases.check(id, ApiInput.body(step)), ApiLanguage.of(headers));
  }

  @POST
  @Path("{id}/steps")
  public Response record(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StepData step) {
    return answer(steps.record(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(step), locale()));
  }

  /** Files the scan of a recorded step's paper, sent as the request body. */
  @POST
  @Path("{id}/steps/{step}/documents")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @BodyLimit(Document.MAX_BYTES)
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response attach(
      @PathParam("id") Long id,
      @PathParam("step") Long step,
      @QueryParam("fileName") String fileName,
      byte[] scan) {
    Long documentId = steps.attach(id, step, fileName, scan);
    return Filed.at(
        UriBuilder.fromResource(CaseResource.class)
            .path("{id}/documents/{document}")
            .build(id, documentId),
        documentId);
  }

  /**
   * Going live from paper: cases in progress as an organization department's sheet keeps them, all
   * rows or none (400 with each problem by row and column).
   */
  @POST
  @Path("import")
  @BodyLimit(MemberSheetService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importCases(@HeaderParam("X-File-Name") String fileName, InputStream body)
      throws IOException {
    return ImportResult.of(imports.importCases(body, fileName), headers);
  }

  /** The case's papers printed on the server (record, form, assessments, resolution). */
  @GET
  @Path("{id}/papers")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response papers(@PathParam("id") Long id) {
    return Response.ok(cases.papers(id), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"recruitment-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("{id}/documents/{document}")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  public Response document(@PathParam("id") Long id, @PathParam("document") Long document) {
    return Attachment.of(cases.document(id, document));
  }

  @POST
  @Path("{id}/withdrawal")
  public Response withdraw(@PathParam("id") Long id, Withdrawal w) {
    ApiInput.body(w);
    return answer(
        exits.withdraw(id, ApiInput.required(w.version()), w.date(), w.reason(), locale()));
  }

  /** Art. 12: the case moves with the person to another branch, keeping its steps. */
  @POST
  @Path("{id}/transfer")
  public Response transfer(@PathParam("id") Long id, Transfer t) {
    ApiInput.body(t);
    return answer(
        exits.transfer(
            id,
            ApiInput.required(t.version()),
            t.organizationId(),
            t.date(),
            t.reason(),
            locale()));
  }

  /** Art. 31: probation extended once by 6 to 12 months. */
  @POST
  @Path("{id}/probation-extension")
  public Response extend(@PathParam("id") Long id, Extension e) {
    ApiInput.body(e);
    return answer(
        exits.extendProbation(
            id,
            ApiInput.required(e.version()),
            e.date(),
            e.months() == null ? 0 : e.months(),
            e.reason(),
            locale()));
  }

  /** Art. 31: probation cancelled; the member record leaves the member database. */
  @POST
  @Path("{id}/probation-cancellation")
  public Response cancel(@PathParam("id") Long id, Withdrawal w) {
    ApiInput.body(w);
    return answer(
        exits.cancelProbation(id, ApiInput.required(w.version()), w.date(), w.reason(), locale()));
  }

  /** The case as it is now, with its version as the ETag for the next change. */
  private Response current(Long id) {
    return answer(cases.get(id, locale()));
  }

  /** A case with its version as the ETag for the next change. */
  private static Response answer(CaseView c) {
    return Response.ok(c).tag(ApiInput.etag(c.version())).build();
  }

  private Locale locale() {
    return ApiLanguage.locale(headers.getAcceptableLanguages());
  }
}
