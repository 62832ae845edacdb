package cn.dangjian.interfaces.duty.rest;

import cn.dangjian.application.duty.AssessData;
import cn.dangjian.application.duty.OrderData;
import cn.dangjian.application.duty.OrderView;
import cn.dangjian.application.duty.OrganizationYear;
import cn.dangjian.application.duty.OutcomeData;
import cn.dangjian.application.duty.ProgressData;
import cn.dangjian.application.duty.TargetData;
import cn.dangjian.application.duty.TargetOverview;
import cn.dangjian.application.duty.TargetService;
import cn.dangjian.application.duty.TargetView;
import cn.dangjian.application.duty.TemplateData;
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
 * 年初定目标, 年中抓督办: an organization's year (GET ?organizationId=&amp;year=) and a committee's overview
 * of its branches (GET overview); templates (POST templates); targets set (POST), agreed (POST
 * {id}/agree), reported on (POST {id}/progress) and assessed (POST {id}/assessment); supervision
 * orders issued (POST {id}/orders) and closed (POST orders/{id}/close); the caller's own (GET
 * mine); overdue orders reminded now (POST orders/reminders, the group's).
 */
@Path("targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {
  @EJB TargetService targets;

  @GET
  public OrganizationYear year(
      @QueryParam("organizationId") Long organizationId, @QueryParam("year") Integer year) {
    return targets.year(organizationId, year);
  }

  @GET
  @Path("overview")
  public TargetOverview overview(
      @QueryParam("organizationId") Long organizationId, @QueryParam("year") Integer year) {
    return targets.overview(organizationId, year);
  }

  @GET
  @Path("mine")
  public List<TargetView> mine(@QueryParam("year") Integer year) {
    return targets.mine(year);
  }

  @POST
  @Path("templates")
  public Response writeTemplate(TemplateData template) {
    return Response.status(Response.Status.CREATED)
        .entity(targets.writeTemplate(ApiInput.body(template)))
        .build();
  }

  @POST
  public Response set(TargetData target) {
    return Response.status(Response.Status.CREATED)
        .entity(targets.set(ApiInput.body(target)))
        .build();
  }

  @POST
  @Path("mine")
  public Response propose(TargetData target) {
    return Response.status(Response.Status.CREATED)
        .entity(targets.propose(ApiInput.body(target)))
        .build();
  }

  @POST
  @Path("{id}/agree")
  public TargetView agree(@PathParam("id") Long id) {
    return targets.agree(id);
  }

  @POST
  @Path("{id}/progress")
  public TargetView report(@PathParam("id") Long id, ProgressData progress) {
    return targets.report(id, ApiInput.body(progress));
  }

  @POST
  @Path("{id}/assessment")
  public TargetView assess(@PathParam("id") Long id, AssessData assessment) {
    return targets.assess(id, ApiInput.body(assessment));
  }

  @POST
  @Path("{id}/orders")
  public Response issue(@PathParam("id") Long id, OrderData order) {
    return Response.status(Response.Status.CREATED)
        .entity(targets.issue(id, ApiInput.body(order)))
        .build();
  }

  @POST
  @Path("orders/{id}/close")
  public OrderView close(@PathParam("id") Long id, OutcomeData outcome) {
    return targets.close(id, ApiInput.body(outcome));
  }

  @POST
  @Path("orders/reminders")
  public int remind() {
    return targets.remindOverdue();
  }
}
