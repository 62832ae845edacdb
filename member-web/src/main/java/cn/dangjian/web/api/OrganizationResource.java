package cn.dangjian.web.api;

import cn.dangjian.application.OrgNode;
import cn.dangjian.application.OrganizationService;
import cn.dangjian.application.PositionView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The org tree within the caller's scope, parents before children. */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

  @EJB OrganizationService organizations;

  @GET
  public List<OrgNode> tree() {
    return organizations.tree();
  }

  @GET
  @Path("{id}")
  public OrgNode get(@PathParam("id") Long id) {
    return organizations.get(id);
  }

  @GET
  @Path("{id}/positions")
  public List<PositionView> positions(@PathParam("id") Long id) {
    return organizations.positions(id);
  }
}
