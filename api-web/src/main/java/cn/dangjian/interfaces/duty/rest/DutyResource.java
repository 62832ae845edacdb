package cn.dangjian.interfaces.duty.rest;

import cn.dangjian.application.duty.DutyData;
import cn.dangjian.application.duty.DutyService;
import cn.dangjian.application.duty.DutyTemplateView;
import cn.dangjian.application.duty.DutyTemplates;
import cn.dangjian.application.duty.MemberDuties;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * 权责式: the posts' duties and rights. An organization's templates (GET templates?organizationId=;
 * PUT templates writes or rewrites the organization's template of a post; DELETE templates/{id}); a
 * member's posts with their duties and rights (GET members/{id}, the caller's own: GET mine),
 * adjusted for the person (PUT members/{id}) or back to the template (POST members/{id}/restore).
 */
@Path("duties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyResource {
  @EJB DutyService duties;

  @GET
  @Path("templates")
  public DutyTemplates templates(@QueryParam("organizationId") Long organizationId) {
    return duties.templates(organizationId);
  }

  @PUT
  @Path("templates")
  public DutyTemplateView write(DutyData template) {
    return duties.write(ApiInput.body(template));
  }

  @DELETE
  @Path("templates/{id}")
  public Response remove(@PathParam("id") Long id) {
    duties.remove(id);
    return Response.noContent().build();
  }

  @GET
  @Path("mine")
  public MemberDuties mine() {
    return duties.mine();
  }

  @GET
  @Path("members/{id}")
  public MemberDuties of(@PathParam("id") Long memberId) {
    return duties.of(memberId);
  }

  @PUT
  @Path("members/{id}")
  public MemberDuties adjust(@PathParam("id") Long memberId, DutyData duty) {
    return duties.adjust(memberId, ApiInput.body(duty));
  }

  @POST
  @Path("members/{id}/restore")
  public MemberDuties restore(@PathParam("id") Long memberId, DutyData post) {
    return duties.restore(memberId, ApiInput.body(post));
  }
}
