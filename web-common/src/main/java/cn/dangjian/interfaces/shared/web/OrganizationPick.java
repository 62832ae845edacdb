package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.Map;

/**
 * The organization a page is about: picked at its top, or given in the address ({@code
 * ?organizationId=}, a link from another page), when the page shows it at once.
 */
public abstract class OrganizationPick implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB OrganizationService organizations;

  private Long organizationId;
  private OrgNode organization;

  /** Shows what the page shows for the picked organization. */
  public abstract void show();

  public void load() {
    if (organizationId != null && organization == null) {
      try {
        organization = organizations.get(organizationId);
        show();
      } catch (RuntimeException e) {
        FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
      }
    }
  }

  protected Long pickedId() {
    return organization == null ? null : organization.id();
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }
}
