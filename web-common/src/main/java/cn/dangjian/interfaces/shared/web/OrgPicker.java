package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Named;
import java.util.List;

/**
 * Organization pickers type-ahead from the database instead of listing a group's 12,000
 * organizations: {@code #{orgPicker.any}} for filters, {@code #{orgPicker.enrolling}} for branches
 * and groups that take members. Also converts a picked organization to its id and back.
 */
@Named
@ApplicationScoped
@FacesConverter(forClass = OrgNode.class, managed = true)
public class OrgPicker implements Converter<OrgNode> {
  private static final int SUGGESTIONS = 20;

  @EJB OrganizationService organizations;

  public List<OrgNode> any(String text) {
    return organizations.find(text, false, SUGGESTIONS);
  }

  public List<OrgNode> enrolling(String text) {
    return organizations.find(text, true, SUGGESTIONS);
  }

  @Override
  public OrgNode getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return organizations.get(Long.valueOf(value));
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, OrgNode value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
