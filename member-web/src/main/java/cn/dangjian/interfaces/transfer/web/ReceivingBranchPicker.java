package cn.dangjian.interfaces.transfer.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;
import java.util.List;

/** Picks the branch a transfer goes to, anywhere in the group (not only the caller's scope). */
@Named
@ApplicationScoped
public class ReceivingBranchPicker implements Converter<OrgNode> {
  private static final int SUGGESTIONS = 20;

  @EJB OrganizationService organizations;

  public List<OrgNode> complete(String text) {
    return organizations.receiving(text, SUGGESTIONS);
  }

  @Override
  public OrgNode getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return organizations.receivingOne(Long.valueOf(value));
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, OrgNode value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
