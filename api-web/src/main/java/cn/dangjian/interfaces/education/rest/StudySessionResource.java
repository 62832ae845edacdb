package cn.dangjian.interfaces.education.rest;

import cn.dangjian.application.education.AttendanceData;
import cn.dangjian.application.education.FeedbackView;
import cn.dangjian.application.education.LectureService;
import cn.dangjian.application.education.SessionData;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.education.StudyService;
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
