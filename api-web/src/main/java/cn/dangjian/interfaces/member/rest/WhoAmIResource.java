package cn.dangjian.interfaces.member.rest;

import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.shared.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Who the server takes the caller for; {@code /ping} answers without touching the database. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

  @EJB OrganizationService organizations;

  public record Pong(String user) {}

  @GET
  @Path("me")
  public Caller me() {
    return organizations.whoAmI();
  }

  @GET
  @Path("ping")
  public Pong ping(@Context SecurityContext security) {
    return new Pong(security.getUserPrincipal().getName());
  }
}
