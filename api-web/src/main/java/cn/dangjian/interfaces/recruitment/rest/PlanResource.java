package cn.dangjian.interfaces.recruitment.rest;

import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.recruitment.PlanBoard;
import cn.dangjian.application.recruitment.PlanData;
import cn.dangjian.application.recruitment.PlanService;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.member.Education;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.Attachment;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Yearly recruitment plans with completion and the source share of the year's new members; the
 * signed responsibility letter is uploaded as the request body (PDF, JPEG or PNG).
 */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  @EJB PlanService plans;
  @Inject Clock clock;

  public record PolicyChange(Integer youngMaxAge, Education educatedFrom, Integer goalPercent) {}

  @GET
  public PlanBoard board(@QueryParam("year") Integer year) {
    return plans.board(year == null ? LocalDate.now(clock).getYear() : year);
  }

  /** The first organizations the caller may plan for whose name or code contains {@code q}. */
  @GET
  @Path("organizations")
  public List<OrgNode> plannable(
      @QueryParam("q") String text, @QueryParam("max") @DefaultValue("20") int max) {
    return plans.plannable(text, max);
  }

  @POST
  public Response create(PlanData plan) {
    ApiInput.body(plan).setId(null);
    Long id = plans.save(plan);
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  public record Created(Long id) {}

  @PUT
  @Path("{id}")
  public Response change(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlanData plan) {
    ApiInput.body(plan).setId(id);
    plan.setVersion(ApiInput.fromIfMatch(ifMatch));
    plans.save(plan);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/letter")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  @BodyLimit(Document.MAX_BYTES)
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response letter(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("signedOn") String signedOn,
      @QueryParam("signedBy") String signedBy,
      @QueryParam("fileName") String fileName,
      byte[] scan) {
    plans.letterSigned(
        id,
        ApiInput.fromIfMatch(ifMatch),
        ApiInput.date("signedOn", signedOn),
        signedBy,
        fileName,
        scan);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/letter")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  public Response letter(@PathParam("id") Long id) {
    return Attachment.of(plans.letter(id));
  }

  @PUT
  @Path("policy")
  public Response policy(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PolicyChange change) {
    ApiInput.body(change);
    plans.changePolicy(
        ApiInput.fromIfMatch(ifMatch),
        change.youngMaxAge(),
        change.educatedFrom(),
        change.goalPercent());
    return Response.noContent().build();
  }
}
