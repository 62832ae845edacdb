package cn.dangjian.interfaces.care.rest;

import cn.dangjian.application.care.AssignData;
import cn.dangjian.application.care.CampaignData;
import cn.dangjian.application.care.CampaignView;
import cn.dangjian.application.care.PickData;
import cn.dangjian.application.care.VisitData;
import cn.dangjian.application.care.VisitService;
import cn.dangjian.application.care.VisitView;
import cn.dangjian.interfaces.shared.rest.ApiInput;
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
import java.util.List;

/**
 * 走访慰问: an organization's holiday visit campaigns (GET ?organizationId=); one created with the
 * members its rules name (POST), read with its coverage and who is still to visit (GET {id}),
 * members picked (POST {id}/picked) and visitors assigned (POST {id}/visitors); a visit recorded
 * (POST records/{visitId}); the caller's own visits (GET mine). Every view is audited.
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
  @EJB VisitService visits;

  @GET
  public List<CampaignView.Summary> campaigns(@QueryParam("organizationId") Long organizationId) {
    return visits.campaigns(organizationId);
  }

  @POST
  public Response create(CampaignData campaign) {
    return Response.status(Response.Status.CREATED)
        .entity(visits.create(ApiInput.body(campaign)))
        .build();
  }

  @GET
  @Path("mine")
  public List<VisitView> mine() {
    return visits.mine();
  }

  @GET
  @Path("{id}")
  public CampaignView get(@PathParam("id") Long id) {
    return visits.get(id);
  }

  @POST
  @Path("{id}/picked")
  public CampaignView pick(@PathParam("id") Long id, PickData pick) {
    return visits.pick(id, ApiInput.body(pick).memberId());
  }

  @POST
  @Path("{id}/visitors")
  public CampaignView assign(@PathParam("id") Long id, AssignData assignment) {
    return visits.assign(id, ApiInput.body(assignment));
  }

  @POST
  @Path("records/{visitId}")
  public VisitView record(@PathParam("visitId") Long visitId, VisitData visit) {
    return visits.record(visitId, ApiInput.body(visit));
  }
}
