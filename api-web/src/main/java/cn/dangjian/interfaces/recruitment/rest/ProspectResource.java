package cn.dangjian.interfaces.recruitment.rest;

import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.ContactData;
import cn.dangjian.application.recruitment.OpinionData;
import cn.dangjian.application.recruitment.ProspectData;
import cn.dangjian.application.recruitment.ProspectPool;
import cn.dangjian.application.recruitment.ProspectService;
import cn.dangjian.application.recruitment.ProspectView;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.LocalDate;

/**
 * 拓源头 and 把关口: an organization's people in sight before they apply and the pool's make-up against
 * the goal (GET ?organizationId=); a person taken into sight (POST), their talks and activities
 * (POST {id}/contacts), guide (POST {id}/guide), opinions (POST {id}/opinions), let go (POST
 * {id}/drop); their application opens the case with this history (POST {id}/application).
 */
@Path("prospects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProspectResource {
  @EJB ProspectService prospects;
  @Context HttpHeaders headers;

  public record Guide(Long guideId) {}

  public record Drop(String reason) {}

  public record Application(LocalDate applicationDate) {}

  @GET
  public ProspectPool pool(@QueryParam("organizationId") Long organizationId) {
    return prospects.pool(organizationId);
  }

  @POST
  public Response add(ProspectData person) {
    ProspectView v = prospects.add(ApiInput.body(person));
    return Response.created(
            UriBuilder.fromResource(ProspectResource.class).path("{id}").build(v.id()))
        .entity(v)
        .build();
  }

  @GET
  @Path("{id}")
  public ProspectView get(@PathParam("id") Long id) {
    return prospects.get(id);
  }

  @POST
  @Path("{id}/contacts")
  public ProspectView contact(@PathParam("id") Long id, ContactData contact) {
    return prospects.contact(id, ApiInput.body(contact));
  }

  @POST
  @Path("{id}/guide")
  public ProspectView guide(@PathParam("id") Long id, Guide guide) {
    return prospects.changeGuide(id, ApiInput.body(guide).guideId());
  }

  @POST
  @Path("{id}/opinions")
  public ProspectView opinion(@PathParam("id") Long id, OpinionData opinion) {
    return prospects.opinion(id, ApiInput.body(opinion));
  }

  @POST
  @Path("{id}/drop")
  public ProspectView drop(@PathParam("id") Long id, Drop drop) {
    return prospects.drop(id, ApiInput.body(drop).reason());
  }

  @POST
  @Path("{id}/application")
  public Response apply(@PathParam("id") Long id, Application application) {
    CaseView c =
        prospects.apply(
            id,
            ApiInput.body(application).applicationDate(),
            ApiLanguage.locale(headers.getAcceptableLanguages()));
    return Response.created(UriBuilder.fromResource(CaseResource.class).path("{id}").build(c.id()))
        .entity(c)
        .tag(ApiInput.etag(c.version()))
        .build();
  }
}
