package cn.dangjian.interfaces.member.rest;

import cn.dangjian.application.member.HistoryView;
import cn.dangjian.application.member.MemberDetail;
import cn.dangjian.application.member.MemberService;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberQuery.SortField;
import cn.dangjian.domain.member.MemberRow;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Members: search, read, create, update, transfer. The version travels as the ETag; an update must
 * send it back in If-Match so that a concurrent edit is a 409, never a silent overwrite.
 */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

  @EJB MemberService members;

  public record Page(long total, int first, int max, List<MemberRow> items) {}

  public record Transfer(
      Integer version, Long targetOrganizationId, LocalDate date, String reason) {}

  @GET
  public Page search(
      @QueryParam("name") String name,
      @QueryParam("org") Long org,
      @QueryParam("category") Category category,
      @QueryParam("employment") Employment employment,
      @QueryParam("frontline") Boolean frontline,
      @QueryParam("mobile") Boolean mobile,
      @QueryParam("lostContact") Boolean lostContact,
      @QueryParam("sort") @DefaultValue("NAME") SortField sort,
      @QueryParam("desc") boolean desc,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("20") int max) {
    MemberQuery q =
        new MemberQuery(
            MemberData.trimToNull(name),
            org,
            category,
            employment,
            frontline,
            mobile,
            lostContact,
            null,
            sort,
            desc);
    List<MemberRow> items = members.search(q, first, max);
    return new Page(members.count(q), first, items.size(), items);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    MemberDetail d = members.get(id);
    return Response.ok(d).tag(ApiInput.etag(d.version())).build();
  }

  @GET
  @Path("{id}/history")
  public List<HistoryView> history(@PathParam("id") Long id) {
    return members.history(id);
  }

  @POST
  public Response create(MemberData data) {
    MemberDetail d = members.create(ApiInput.body(data));
    return Response.created(
            UriBuilder.fromResource(MemberResource.class).path("{id}").build(d.id()))
        .entity(d)
        .tag(ApiInput.etag(d.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MemberData data) {
    MemberDetail d = members.update(id, ApiInput.fromIfMatch(ifMatch), ApiInput.body(data));
    return Response.ok(d).tag(ApiInput.etag(d.version())).build();
  }

  @POST
  @Path("{id}/transfer")
  public Response transfer(@PathParam("id") Long id, Transfer t) {
    ApiInput.body(t);
    MemberDetail d =
        members.move(
            id, ApiInput.required(t.version()), t.targetOrganizationId(), t.date(), t.reason());
    return Response.ok(d).tag(ApiInput.etag(d.version())).build();
  }
}
