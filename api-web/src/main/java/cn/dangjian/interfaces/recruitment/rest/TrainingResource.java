package cn.dangjian.interfaces.recruitment.rest;

import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.training.Certificate;
import cn.dangjian.application.recruitment.training.ClassData;
import cn.dangjian.application.recruitment.training.ClassView;
import cn.dangjian.application.recruitment.training.SessionData;
import cn.dangjian.application.recruitment.training.TrainingBoard;
import cn.dangjian.application.recruitment.training.TrainingService;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Training classes for activists and candidates: sessions, enrolment, attendance per session, exam
 * and certificate. Changes carry the class's version in If-Match and answer with the new one.
 */
@Path("training-classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

  @EJB TrainingService training;
  @Inject Clock clock;

  public record Enrol(List<Long> caseIds) {}

  public record Attendance(Set<Long> present) {}

  public record Exam(Integer score) {}

  public record Certify(LocalDate date) {}

  @GET
  public TrainingBoard board(@QueryParam("year") Integer year) {
    return training.board(year == null ? LocalDate.now(clock).getYear() : year);
  }

  @GET
  @Path("organizers")
  public List<TrainingBoard.Organizer> organizers() {
    return training.organizers();
  }

  @POST
  public Response create(ClassData data) {
    Long id = training.create(ApiInput.body(data));
    return current(
        Response.created(UriBuilder.fromResource(TrainingResource.class).path("{id}").build(id)),
        id);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    return current(Response.ok(), id);
  }

  @POST
  @Path("{id}/sessions")
  public Response addSession(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      SessionData session) {
    training.addSession(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(session));
    return current(Response.ok(), id);
  }

  @GET
  @Path("{id}/enrolable")
  public List<CaseRow> enrolable(@PathParam("id") Long id) {
    return training.enrolable(id);
  }

  @POST
  @Path("{id}/enrolments")
  public Response enrol(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Enrol e) {
    training.enrol(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(e).caseIds());
    return current(Response.ok(), id);
  }

  @PUT
  @Path("{id}/sessions/{session}/attendance")
  public Response attendance(
      @PathParam("id") Long id,
      @PathParam("session") Long session,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Attendance a) {
    training.attendance(id, ApiInput.fromIfMatch(ifMatch), session, ApiInput.body(a).present());
    return current(Response.ok(), id);
  }

  @PUT
  @Path("{id}/enrolments/{enrolment}/exam")
  public Response exam(
      @PathParam("id") Long id,
      @PathParam("enrolment") Long enrolment,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Exam e) {
    training.exam(id, ApiInput.fromIfMatch(ifMatch), enrolment, ApiInput.body(e).score());
    return current(Response.ok(), id);
  }

  @POST
  @Path("{id}/enrolments/{enrolment}/certificate")
  public Response certify(
      @PathParam("id") Long id,
      @PathParam("enrolment") Long enrolment,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Certify c) {
    training.certify(id, ApiInput.fromIfMatch(ifMatch), enrolment, ApiInput.body(c).date());
    return current(Response.ok(), id);
  }

  @GET
  @Path("{id}/enrolments/{enrolment}/certificate")
  public Certificate certificate(@PathParam("id") Long id, @PathParam("enrolment") Long enrolment) {
    return training.certificate(id, enrolment);
  }

  @GET
  @Path("{id}/enrolments/{enrolment}/certificate/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response certificatePdf(@PathParam("id") Long id, @PathParam("enrolment") Long enrolment) {
    return Response.ok(training.certificatePdf(id, enrolment), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"certificate-" + enrolment + ".pdf\"")
        .build();
  }

  private Response current(Response.ResponseBuilder r, Long id) {
    ClassView c = training.get(id);
    return r.entity(c).tag(ApiInput.etag(c.version())).build();
  }
}
