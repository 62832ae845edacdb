package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.shared.DatabaseFailures;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts a business failure on the page in the user's language. Field violations go to the field's
 * component (by id inside the form) when there is one, else to the top of the page.
 */
public final class FacesErrors {
  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  private FacesErrors() {}

  public static void show(RuntimeException e, String formId, Map<String, String> fieldIds) {
    FacesContext fc = FacesContext.getCurrentInstance();
    Messages m = Messages.in(UiText.currentLocale());
    Throwable cause = unwrap(e);
    if (!(cause instanceof DomainException) && !(cause instanceof EJBAccessException)) {
      cause = DatabaseFailures.of(e).<Throwable>map(d -> d).orElse(cause);
    }
    if (cause instanceof ValidationException v) {
      for (Violation violation : v.violations()) {
        String field = fieldIds.get(violation.field());
        fc.addMessage(
            field == null ? null : formId + ":" + field,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, m.text(violation), null));
      }
      fc.validationFailed();
    } else if (cause instanceof ConflictException c) {
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, m.text(c), null));
      fc.validationFailed();
    } else if (cause instanceof DomainException d) {
      fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.text(d), null));
      fc.validationFailed();
    } else if (cause instanceof EJBAccessException) {
      fc.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.text("error.forbidden"), null));
      fc.validationFailed();
    } else {
      LOG.log(Level.SEVERE, "Unexpected failure", e);
      fc.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.text("error.unexpected"), null));
      fc.validationFailed();
    }
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** A message for the whole page, at its top, where a phone shows it after a full reload. */
  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static Throwable unwrap(Throwable t) {
    while (t instanceof EJBException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
