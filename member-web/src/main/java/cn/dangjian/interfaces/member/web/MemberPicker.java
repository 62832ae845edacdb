package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.MemberDetail;
import cn.dangjian.application.member.MemberService;
import cn.dangjian.domain.member.MemberQuery;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Picks a member in the caller's scope by typing the start of the name; converts a pick to its id.
 */
@Named
@ApplicationScoped
@FacesConverter(forClass = MemberPicker.Pick.class, managed = true)
public class MemberPicker implements Converter<MemberPicker.Pick> {
  private static final int SUGGESTIONS = 20;

  /** A picked member: the id, and the name with the branch to tell namesakes apart. */
  public record Pick(Long id, String label) implements Serializable {}

  @EJB MemberService members;

  public List<Pick> complete(String text) {
    return members.search(MemberQuery.all().withName(text), 0, SUGGESTIONS).stream()
        .map(m -> new Pick(m.id(), m.name() + " (" + m.organizationName() + ")"))
        .toList();
  }

  @Override
  public Pick getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      MemberDetail d = members.get(Long.valueOf(value));
      return new Pick(d.id(), d.data().getName() + " (" + d.organizationName() + ")");
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Pick value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
