package cn.dangjian.interfaces.care.rest;

import cn.dangjian.application.care.CareOverview;
import cn.dangjian.application.care.CareService;
import cn.dangjian.application.care.EndData;
import cn.dangjian.application.care.HelpData;
import cn.dangjian.application.care.MemberCare;
import cn.dangjian.application.care.NeedData;
import cn.dangjian.application.care.NeedView;
import cn.dangjian.application.care.PairData;
import cn.dangjian.application.care.PairView;
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
 * 真情式: an organization's members in need of care, its 一助一 pairs and those in hardship without a
 * helper (GET ?organizationId=); a member's (GET members/{id}); needs recorded and ended (POST
 * needs, needs/{id}/end); pairs made, ended, read, and their help recorded (POST pairs,
 * pairs/{id}/end, GET pairs/{id}, POST pairs/{id}/help); the pairs the caller helps in (GET
 * pairs/mine). Every read of hardship is audited.
 */
@Path("care")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareResource {
  @EJB CareService care;

  @GET
  public CareOverview overview(@QueryParam("organizationId") Long organizationId) {
    return care.overview(organizationId);
  }

  @GET
  @Path("members/{id}")
  public MemberCare ofMember(@PathParam("id") Long memberId) {
    return care.ofMember(memberId);
  }

  @POST
  @Path("needs")
  public Response recordNeed(NeedData need) {
    return Response.status(Response.Status.CREATED)
        .entity(care.recordNeed(ApiInput.body(need)))
        .build();
  }

  @POST
  @Path("needs/{id}/end")
  public NeedView endNeed(@PathParam("id") Long id, EndData end) {
    return care.endNeed(id, ApiInput.body(end));
  }

  @POST
  @Path("pairs")
  public Response pair(PairData pair) {
    return Response.status(Response.Status.CREATED).entity(care.pair(ApiInput.body(pair))).build();
  }

  @GET
  @Path("pairs/mine")
  public List<PairView> helping() {
    return care.helping();
  }

  @GET
  @Path("pairs/{id}")
  public PairView getPair(@PathParam("id") Long id) {
    return care.getPair(id);
  }

  @POST
  @Path("pairs/{id}/end")
  public PairView endPair(@PathParam("id") Long id, EndData end) {
    return care.endPair(id, ApiInput.body(end));
  }

  @POST
  @Path("pairs/{id}/help")
  public PairView help(@PathParam("id") Long id, HelpData help) {
    return care.help(id, ApiInput.body(help));
  }
}
