package cn.dangjian.interfaces.org.rest;

import cn.dangjian.application.org.OrgData;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.org.PositionView;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The org tree within the caller's scope: browse, found, rename, move, dissolve, appoint. Changes
 * carry the version read (If-Match, or {@code version} in the body) like member edits.
 */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

  @EJB OrganizationService organizations;

  public record Move(Integer version, Long parentId) {}

  public record Dissolution(Integer version, Long receiverId, LocalDate date) {}

  public record Appointment(Long memberId, PositionRole role, LocalDate since) {}

  /** The whole tree in scope, or with {@code q} the first matches of a name or code. */
  @GET
  public List<OrgNode> tree(
      @QueryParam("q") String text, @QueryParam("enrolling") boolean enrolling) {
    return text == null ? organizations.tree() : organizations.find(text, enrolling, 20);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    return answer(organizations.get(id));
  }

  private static Response answer(OrgNode o) {
    return Response.ok(o).tag(ApiInput.etag(o.version())).build();
  }

  @GET
  @Path("{id}/positions")
  public List<PositionView> positions(@PathParam("id") Long id) {
    return organizations.positions(id);
  }

  @POST
  public Response found(OrgData data) {
    OrgNode o = organizations.found(ApiInput.body(data));
    return Response.created(
            UriBuilder.fromResource(OrganizationResource.class).path("{id}").build(o.id()))
        .entity(o)
        .tag(ApiInput.etag(o.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  public Response rename(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OrgData data) {
    return answer(organizations.rename(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(data)));
  }

  @POST
  @Path("{id}/move")
  public Response move(@PathParam("id") Long id, Move move) {
    return answer(
        organizations.move(id, ApiInput.required(ApiInput.body(move).version()), move.parentId()));
  }

  @POST
  @Path("{id}/dissolve")
  public Response dissolve(@PathParam("id") Long id, Dissolution d) {
    organizations.dissolve(
        id, ApiInput.required(ApiInput.body(d).version()), d.receiverId(), d.date());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/positions")
  public Response appoint(@PathParam("id") Long id, Appointment a) {
    ApiInput.body(a);
    Long positionId = organizations.appoint(id, a.memberId(), a.role(), a.since());
    return Response.status(Response.Status.CREATED)
        .entity(
            organizations.positions(id).stream()
                .filter(p -> p.id().equals(positionId))
                .findFirst()
                .orElseThrow())
        .build();
  }
}
