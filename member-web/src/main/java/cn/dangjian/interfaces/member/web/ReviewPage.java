package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.ReviewList;
import cn.dangjian.application.member.ReviewService;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** 关注提示: the members of an organization to review (流动、失联, the lapse rule's signs). */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB ReviewService reviews;

  private OrgNode organization;
  private ReviewList list;

  public void show() {
    try {
      list = reviews.flagged(organization == null ? null : organization.id());
    } catch (RuntimeException e) {
      list = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  public ReviewList getList() {
    return list;
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }
}
