package cn.dangjian.interfaces.care.rest;

import cn.dangjian.application.care.PointData;
import cn.dangjian.application.care.PointMembers;
import cn.dangjian.application.care.StationData;
import cn.dangjian.application.care.StationService;
import cn.dangjian.application.care.StationView;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * 一站四点: the service stations in an organization's subtree (GET ?organizationId=), a station set up
 * (POST) and its points (POST {id}/points); the members living where a point serves and not yet
 * assigned (GET points/{id}/found?retired=), assigned (POST points/{id}/members), and a point's
 * members with their care (GET points/{id}/members, audited).
 */
@Path("stations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationResource {
  @EJB StationService stations;

  public record Assignment(List<Long> memberIds) {}

  @GET
  public List<StationView> stations(@QueryParam("organizationId") Long organizationId) {
    return stations.stations(organizationId);
  }

  @POST
  public Response add(StationData station) {
    return Response.status(Response.Status.CREATED)
        .entity(stations.addStation(ApiInput.body(station)))
        .build();
  }

  @POST
  @Path("{id}/points")
  public StationView addPoint(@PathParam("id") Long id, PointData point) {
    return stations.addPoint(id, ApiInput.body(point));
  }

  @GET
  @Path("points/{id}/found")
  public List<PointMembers.Person> found(
      @PathParam("id") Long id, @QueryParam("retired") @DefaultValue("false") boolean retired) {
    return stations.found(id, retired);
  }

  @POST
  @Path("points/{id}/members")
  public PointMembers assign(@PathParam("id") Long id, Assignment assignment) {
    return stations.assign(id, ApiInput.body(assignment).memberIds());
  }

  @GET
  @Path("points/{id}/members")
  public PointMembers members(@PathParam("id") Long id) {
    return stations.members(id);
  }
}
