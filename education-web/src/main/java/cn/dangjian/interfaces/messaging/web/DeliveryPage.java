package cn.dangjian.interfaces.messaging.web;

import cn.dangjian.application.messaging.DeliveryReport;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.MessageView;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** How one daily message went out, by channel, with the failures; resending them on purpose. */
@Named
@ViewScoped
public class DeliveryPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB MessageService messages;
  @Inject UiText ui;

  private Long id;
  private MessageView message;
  private DeliveryReport report;

  public MessageView getMessage() {
    if (message == null && id != null) {
      message = messages.message(id);
    }
    return message;
  }

  public DeliveryReport getReport() {
    if (report == null && id != null) {
      report = messages.report(id, ui.getLocale());
    }
    return report;
  }

  public void resend() {
    try {
      report = messages.resend(id, ui.getLocale());
      FacesErrors.info(ui.get("delivery.resent"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "resendForm", Map.of());
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
