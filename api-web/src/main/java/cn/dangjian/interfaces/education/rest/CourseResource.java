package cn.dangjian.interfaces.education.rest;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.education.CourseCompletion;
import cn.dangjian.application.education.CourseData;
import cn.dangjian.application.education.CourseService;
import cn.dangjian.application.education.CourseView;
import cn.dangjian.application.education.LessonData;
import cn.dangjian.application.education.LessonView;
import cn.dangjian.application.education.QuizOutcome;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.MediaFile;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import cn.dangjian.interfaces.shared.rest.Attachment;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.Filed;
import cn.dangjian.interfaces.shared.rest.Playback;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * 一堂, the air classroom: courses of lessons for an audience (GET: the caller's own courses, or with
 * {@code managed=true} those their organizations made), lessons with a quiz, each member's
 * progress; finishing a lesson credits its hours in the study ledger once.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {
  @EJB CourseService courses;
  @Context HttpHeaders headers;

  /** One attempt at a quiz: per question, the positions (from 0) of the chosen answers. */
  public record Answers(List<Set<Integer>> answers) {}

  @GET
  public List<CourseView> list(@QueryParam("managed") boolean managed) {
    return managed ? courses.managed() : courses.mine();
  }

  @POST
  public Response create(CourseData data) {
    CourseView c = courses.create(ApiInput.body(data));
    return Response.created(
            UriBuilder.fromResource(CourseResource.class).path("{id}").build(c.id()))
        .entity(c)
        .tag(ApiInput.etag(c.version()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    CourseView c = courses.course(id);
    return Response.ok(c).tag(ApiInput.etag(c.version())).build();
  }

  /** Adds a lesson at the end; If-Match carries the course's version. */
  @POST
  @Path("{id}/lessons")
  public Response addLesson(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LessonData data) {
    CourseView c = courses.addLesson(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(data));
    return Response.ok(c).tag(ApiInput.etag(c.version())).build();
  }

  @GET
  @Path("{id}/completion")
  public CourseCompletion completion(@PathParam("id") Long id) {
    return courses.completion(id);
  }

  @GET
  @Path("lessons/{lessonId}")
  public LessonView lesson(@PathParam("lessonId") Long lessonId) {
    return courses.lesson(lessonId);
  }

  /** Finishes a lesson without a quiz (a lesson with one is finished by passing it). */
  @POST
  @Path("lessons/{lessonId}/finish")
  public LessonView finish(@PathParam("lessonId") Long lessonId) {
    return courses.finish(lessonId);
  }

  /** Files a lesson's material (PDF, slides as PDF, a picture), sent as the request body. */
  @POST
  @Path("lessons/{lessonId}/materials")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @BodyLimit(Document.MAX_BYTES)
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response attach(
      @PathParam("lessonId") Long lessonId,
      @QueryParam("fileName") String fileName,
      byte[] content) {
    Long id = courses.attach(lessonId, fileName, content);
    return Filed.at(
        UriBuilder.fromResource(CourseResource.class)
            .path("lessons/{lessonId}/materials/{document}")
            .build(lessonId, id),
        id);
  }

  @GET
  @Path("lessons/{lessonId}/materials/{document}")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  public Response material(
      @PathParam("lessonId") Long lessonId, @PathParam("document") Long document) {
    return Attachment.of(courses.material(lessonId, document));
  }

  /** Uploads a lesson's video (MP4 or WebM, at most 500 MB), streamed as the request body. */
  @POST
  @Path("lessons/{lessonId}/video")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @BodyLimit(MediaFile.MAX_BYTES)
  @Consumes({"video/mp4", "video/webm", MediaType.APPLICATION_OCTET_STREAM})
  public Response uploadVideo(
      @PathParam("lessonId") Long lessonId,
      @QueryParam("fileName") String fileName,
      InputStream video) {
    Long id = courses.uploadVideo(lessonId, fileName, video);
    return Filed.at(
        UriBuilder.fromResource(CourseResource.class)
            .path("lessons/{lessonId}/video")
            .build(lessonId),
        id);
  }

  /** The lesson's video, whole or the byte range the player asks for. */
  @GET
  @Path("lessons/{lessonId}/video")
  @Produces({"video/mp4", "video/webm"})
  public Response video(@PathParam("lessonId") Long lessonId, @HeaderParam("Range") String range) {
    return Playback.of(courses.video(lessonId), range, ApiLanguage.of(headers));
  }

  @POST
  @Path("lessons/{lessonId}/answers")
  public QuizOutcome answer(@PathParam("lessonId") Long lessonId, Answers answers) {
    return courses.answer(lessonId, ApiInput.body(answers).answers());
  }
}
