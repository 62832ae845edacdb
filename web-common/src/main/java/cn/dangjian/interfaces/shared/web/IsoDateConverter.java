package cn.dangjian.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The browser's native date input sends yyyy-MM-dd; anything else is explained, not guessed. */
@FacesConverter("dj.isoDate")
public class IsoDateConverter implements Converter<LocalDate> {
  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      UiText ui = context.getApplication().evaluateExpressionGet(context, "#{ui}", UiText.class);
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, ui.format("recruitment.date.invalid", value), null),
          e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : value.toString();
  }
}
