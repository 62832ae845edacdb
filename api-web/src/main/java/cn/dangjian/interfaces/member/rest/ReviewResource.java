package cn.dangjian.interfaces.member.rest;

import cn.dangjian.application.member.ReviewList;
import cn.dangjian.application.member.ReviewService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The members of an organization's subtree to review (GET reviews?organizationId=): mobile, lost
 * contact, and the lapse rule's signs (six months without organizational life or dues), with the
 * counts. A list to look at: nothing is done to anyone by it.
 */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
  @EJB ReviewService reviews;

  @GET
  public ReviewList flagged(@QueryParam("organizationId") Long organizationId) {
    return reviews.flagged(organizationId);
  }
}
