package cn.dangjian.interfaces.appraisal.rest;

import cn.dangjian.application.appraisal.AppraisalOverview;
import cn.dangjian.application.appraisal.AppraisalService;
import cn.dangjian.application.appraisal.AppraisalView;
import cn.dangjian.application.appraisal.BallotData;
import cn.dangjian.application.appraisal.DecisionData;
import cn.dangjian.application.appraisal.OpenData;
import cn.dangjian.application.appraisal.TextData;
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
 * 民主评议: the year's appraisals under an organization and the branches without one (GET
 * ?organizationId=&amp;year=); a branch's opened (POST), read (GET {id}); self-assessments (POST
 * {id}/self), peer reviews (POST {id}/reviews), the caller's ballot (POST {id}/ballot, once,
 * anonymous), paper ballots (POST {id}/paper-ballots), the poll counted (POST {id}/count) and the
 * branch's decision (POST {id}/decision); the caller's own (GET mine).
 */
@Path("appraisals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppraisalResource {
  @EJB AppraisalService appraisals;

  @GET
  public AppraisalOverview overview(
      @QueryParam("organizationId") Long organizationId, @QueryParam("year") Integer year) {
    return appraisals.overview(organizationId, year);
  }

  @POST
  public Response open(OpenData open) {
    return Response.status(Response.Status.CREATED)
        .entity(appraisals.open(ApiInput.body(open)))
        .build();
  }

  @GET
  @Path("mine")
  public List<AppraisalView> mine() {
    return appraisals.mine();
  }

  @GET
  @Path("{id}")
  public AppraisalView get(@PathParam("id") Long id) {
    return appraisals.get(id);
  }

  @POST
  @Path("{id}/self")
  public AppraisalView assess(@PathParam("id") Long id, TextData self) {
    return appraisals.assess(id, ApiInput.body(self));
  }

  @POST
  @Path("{id}/reviews")
  public AppraisalView review(@PathParam("id") Long id, TextData review) {
    return appraisals.review(id, ApiInput.body(review));
  }

  @POST
  @Path("{id}/ballot")
  public AppraisalView vote(@PathParam("id") Long id, BallotData ballot) {
    return appraisals.vote(id, ApiInput.body(ballot));
  }

  @POST
  @Path("{id}/paper-ballots")
  public AppraisalView paperBallot(@PathParam("id") Long id, BallotData ballot) {
    return appraisals.paperBallot(id, ApiInput.body(ballot));
  }

  @POST
  @Path("{id}/count")
  public AppraisalView count(@PathParam("id") Long id) {
    return appraisals.count(id);
  }

  @POST
  @Path("{id}/decision")
  public AppraisalView decide(@PathParam("id") Long id, DecisionData decision) {
    return appraisals.decide(id, ApiInput.body(decision));
  }
}
