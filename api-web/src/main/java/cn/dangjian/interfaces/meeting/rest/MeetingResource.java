package cn.dangjian.interfaces.meeting.rest;

import cn.dangjian.application.meeting.MeetingData;
import cn.dangjian.application.meeting.MeetingOverview;
import cn.dangjian.application.meeting.MeetingPlan;
import cn.dangjian.application.meeting.MeetingService;
import cn.dangjian.application.meeting.MeetingView;
import cn.dangjian.domain.document.Document;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.Attachment;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.Filed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * 三会一课: a meeting recorded after it took place (POST, with attendance and minutes), one meeting
 * (GET {id}), an organization's year of what was due, held and overdue (GET plans/2026?
 * organizationId=), and a committee's overview of those below it (GET overviews/2026?
 * organizationId=).
 */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
  @EJB MeetingService meetings;

  @POST
  public Response record(MeetingData data) {
    MeetingView m = meetings.record(ApiInput.body(data));
    return Response.created(
            UriBuilder.fromResource(MeetingResource.class).path("{id}").build(m.id()))
        .entity(m)
        .build();
  }

  /** A correction of a recorded meeting: the whole record again, for the same organization. */
  @PUT
  @Path("{id}")
  public MeetingView correct(@PathParam("id") Long id, MeetingData data) {
    return meetings.correct(id, ApiInput.body(data));
  }

  /** How many organizations the reminder run told of meetings not yet held (group admin). */
  public record Reminded(int organizations) {}

  /** Runs today's reminders now (the daily timer runs them otherwise). */
  @POST
  @Path("reminders")
  public Reminded remind() {
    return new Reminded(meetings.remind());
  }

  @GET
  @Path("{id}")
  public MeetingView meeting(@PathParam("id") Long id) {
    return meetings.meeting(id);
  }

  /** Files a paper of the meeting (the signed minutes, the attendance sheet) sent as the body. */
  @POST
  @Path("{id}/files")
  @BodyLimit(Document.MAX_BYTES)
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response attach(
      @PathParam("id") Long id, @QueryParam("fileName") String fileName, byte[] content) {
    Long document = meetings.attach(id, fileName, content);
    return Filed.at(
        UriBuilder.fromResource(MeetingResource.class)
            .path("{id}/files/{document}")
            .build(id, document),
        document);
  }

  @GET
  @Path("{id}/files/{document}")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  public Response file(@PathParam("id") Long id, @PathParam("document") Long document) {
    return Attachment.of(meetings.file(id, document));
  }

  @GET
  @Path("plans/{year}")
  public MeetingPlan plan(
      @PathParam("year") int year, @QueryParam("organizationId") Long organizationId) {
    return meetings.plan(organizationId, year);
  }

  @GET
  @Path("overviews/{year}")
  public MeetingOverview overview(
      @PathParam("year") int year, @QueryParam("organizationId") Long organizationId) {
    return meetings.overview(organizationId, year);
  }
}
