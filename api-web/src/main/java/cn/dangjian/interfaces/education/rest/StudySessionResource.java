package cn.dangjian.interfaces.education.rest;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.education.AttendanceData;
import cn.dangjian.application.education.FeedbackView;
import cn.dangjian.application.education.LectureService;
import cn.dangjian.application.education.SessionData;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.education.StudyService;
import cn.dangjian.domain.document.Document;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.Attachment;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.Filed;
import jakarta.annotation.security.RolesAllowed;
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

/**
 * 五学 study sessions: planned by an organizer, attendance recorded after they took place (PUT with
 * the session's version in If-Match); those present are credited the hours in the study ledger.
 */
@Path("study-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudySessionResource {
  @EJB StudyService studies;
  @EJB LectureService lectures;
  @Inject Clock clock;

  /** The attendance sheet: one mark per person. */
  public record Sheet(List<AttendanceData> marks) {}

  /** An attendee's written feedback on a secretary's lecture. */
  public record Feedback(String text) {}

  @GET
  public List<SessionView> list(@QueryParam("year") Integer year) {
    return studies.sessions(year == null ? LocalDate.now(clock).getYear() : year);
  }

  @POST
  public Response plan(SessionData data) {
    SessionView s = studies.plan(ApiInput.body(data));
    return Response.created(
            UriBuilder.fromResource(StudySessionResource.class).path("{id}").build(s.id()))
        .entity(s)
        .tag(ApiInput.etag(s.version()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    return answer(studies.get(id));
  }

  @PUT
  @Path("{id}/attendance")
  public Response attendance(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Sheet sheet) {
    return answer(
        studies.recordAttendance(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(sheet).marks()));
  }

  /** Files a session's material (slides, a text, the sign-in sheet's scan) sent as the body. */
  @POST
  @Path("{id}/materials")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @BodyLimit(Document.MAX_BYTES)
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response attach(
      @PathParam("id") Long id, @QueryParam("fileName") String fileName, byte[] content) {
    Long document = studies.attach(id, fileName, content);
    return Filed.at(
        UriBuilder.fromResource(StudySessionResource.class)
            .path("{id}/materials/{document}")
            .build(id, document),
        document);
  }

  @GET
  @Path("{id}/materials/{document}")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  public Response material(@PathParam("id") Long id, @PathParam("document") Long document) {
    return Attachment.of(studies.material(id, document));
  }

  /** The sessions planned for the caller as a member, soonest first. */
  @GET
  @Path("upcoming")
  public List<SessionView> upcoming() {
    return studies.upcoming();
  }

  @GET
  @Path("{id}/feedback")
  public List<FeedbackView> feedback(@PathParam("id") Long id) {
    return lectures.feedbackOn(id);
  }

  @POST
  @Path("{id}/feedback")
  public Response writeFeedback(@PathParam("id") Long id, Feedback f) {
    lectures.feedback(id, ApiInput.body(f).text());
    return Response.noContent().build();
  }

  private static Response answer(SessionView s) {
    return Response.ok(s).tag(ApiInput.etag(s.version())).build();
  }
}
