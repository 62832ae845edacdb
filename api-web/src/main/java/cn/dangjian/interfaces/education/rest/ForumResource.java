package cn.dangjian.interfaces.education.rest;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.education.ForumService;
import cn.dangjian.application.education.ForumViews;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.education.BoardKind;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.Attachment;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.Filed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * 党员论坛: boards by the organization that keeps them (a branch's members' board, a committee's
 * secretaries' board), their threads and posts, and moderation by hiding with a reason.
 */
@Path("forum")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForumResource {
  @EJB ForumService forum;

  public record NewThread(BoardKind kind, String title, String text) {}

  public record Reply(String text) {}

  public record Hide(String reason) {}

  @GET
  @Path("boards")
  public List<ForumViews.BoardRef> myBoards() {
    return forum.myBoards();
  }

  @GET
  @Path("boards/{id}")
  public ForumViews.Board board(
      @PathParam("id") Long organizationId, @QueryParam("kind") BoardKind kind) {
    return forum.board(organizationId, kind == null ? BoardKind.MEMBERS : kind);
  }

  @POST
  @Path("boards/{id}/threads")
  public Response open(@PathParam("id") Long organizationId, NewThread t) {
    ApiInput.body(t);
    ForumViews.Thread opened =
        forum.open(
            organizationId, t.kind() == null ? BoardKind.MEMBERS : t.kind(), t.title(), t.text());
    return Response.created(
            UriBuilder.fromResource(ForumResource.class).path("threads/{id}").build(opened.id()))
        .entity(opened)
        .build();
  }

  @GET
  @Path("threads/{id}")
  public ForumViews.Thread thread(@PathParam("id") Long id) {
    return forum.thread(id);
  }

  @POST
  @Path("threads/{id}/posts")
  public ForumViews.Thread reply(@PathParam("id") Long id, Reply r) {
    return forum.reply(id, ApiInput.body(r).text());
  }

  /** Attaches a file (a PDF or a picture) to one's own post, sent as the request body. */
  @POST
  @Path("posts/{id}/attachments")
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  @BodyLimit(Document.MAX_BYTES)
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  public Response attach(
      @PathParam("id") Long id, @QueryParam("fileName") String fileName, byte[] file) {
    Long document = forum.attach(id, fileName, file);
    return Filed.at(
        UriBuilder.fromResource(ForumResource.class)
            .path("posts/{id}/attachments/{document}")
            .build(id, document),
        document);
  }

  @GET
  @Path("posts/{id}/attachments/{document}")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  public Response attachment(@PathParam("id") Long id, @PathParam("document") Long document) {
    return Attachment.of(forum.attachment(id, document));
  }

  @POST
  @Path("posts/{id}/hide")
  public ForumViews.Thread hide(@PathParam("id") Long id, Hide h) {
    return forum.hide(id, ApiInput.body(h).reason());
  }

  @POST
  @Path("posts/{id}/show")
  public ForumViews.Thread show(@PathParam("id") Long id) {
    return forum.show(id);
  }
}
