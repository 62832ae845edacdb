package cn.dangjian.interfaces.education.rest;

import cn.dangjian.application.education.LectureData;
import cn.dangjian.application.education.LectureService;
import cn.dangjian.application.education.RotaView;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * 党支部书记讲坛: a company committee's rota of its branch secretaries, addressed by the committee's id.
 * Changes carry the rota's version and answer with the new one.
 */
@Path("rotas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RotaResource {
  @EJB LectureService lectures;

  public record SetUp(Long committeeId) {}

  public record Swap(Integer version, Long memberId, Long withId, String reason) {}

  public record Lecture(
      Integer version,
      Long lecturerId,
      String topic,
      LocalDate heldOn,
      LocalTime startsAt,
      BigDecimal hours,
      String place) {}

  @POST
  public Response setUp(SetUp s) {
    RotaView r = lectures.setUp(ApiInput.body(s).committeeId());
    return Response.created(
            UriBuilder.fromResource(RotaResource.class).path("{id}").build(r.committeeId()))
        .entity(r)
        .tag(ApiInput.etag(r.version()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long committeeId) {
    return answer(lectures.rota(committeeId));
  }

  @POST
  @Path("{id}/swap")
  public Response swap(@PathParam("id") Long committeeId, Swap s) {
    ApiInput.body(s);
    return answer(
        lectures.swap(
            committeeId, ApiInput.required(s.version()), s.memberId(), s.withId(), s.reason()));
  }

  /** Records a lecture; answers the session, whose attendance is recorded as any other's. */
  @POST
  @Path("{id}/lectures")
  public Response lecture(@PathParam("id") Long committeeId, Lecture l) {
    ApiInput.body(l);
    SessionView s =
        lectures.lecture(
            committeeId,
            ApiInput.required(l.version()),
            new LectureData(
                l.lecturerId(), l.topic(), l.heldOn(), l.startsAt(), l.hours(), l.place()));
    return Response.created(
            UriBuilder.fromResource(StudySessionResource.class).path("{id}").build(s.id()))
        .entity(s)
        .tag(ApiInput.etag(s.version()))
        .build();
  }

  private static Response answer(RotaView r) {
    return Response.ok(r).tag(ApiInput.etag(r.version())).build();
  }
}
