package cn.dangjian.interfaces.messaging.web;

import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.PreferenceData;
import cn.dangjian.application.messaging.Preferences;
import cn.dangjian.domain.messaging.Channel;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** On the inbox: how the member receives messages besides it, and their quiet hours. */
@Named
@ViewScoped
public class ReceivingForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB MessageService messages;
  @Inject UiText ui;

  private Preferences current;
  private List<Channel> chosen;
  private String emailAddress;
  private String wecomAccount;
  private String dingtalkAccount;
  private String quietFrom;
  private String quietTo;

  private Preferences current() {
    if (current == null) {
      current = messages.preferences();
      chosen = new ArrayList<>(current.chosen());
      emailAddress = current.emailAddress();
      wecomAccount = current.wecomAccount();
      dingtalkAccount = current.dingtalkAccount();
      quietFrom = current.quietFrom() == null ? "" : current.quietFrom().toString();
      quietTo = current.quietTo() == null ? "" : current.quietTo().toString();
    }
    return current;
  }

  public List<Channel> getOffered() {
    return current().offered();
  }

  public boolean isEmailOffered() {
    return getOffered().contains(Channel.EMAIL);
  }

  public boolean isWecomOffered() {
    return getOffered().contains(Channel.WECOM);
  }

  public boolean isDingtalkOffered() {
    return getOffered().contains(Channel.DINGTALK);
  }

  public void save() {
    try {
      current =
          messages.choose(
              new PreferenceData(
                  chosen == null ? List.of() : chosen,
                  emailAddress,
                  wecomAccount,
                  dingtalkAccount,
                  time("quietFrom", quietFrom),
                  time("quietTo", quietTo)));
      chosen = new ArrayList<>(current.chosen());
      FacesErrors.info(ui.get("receiving.saved"));
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "receiving",
          Map.of(
              "channels", "channels",
              "emailAddress", "email",
              "wecomAccount", "wecom",
              "dingtalkAccount", "dingtalk",
              "quietFrom", "quietFrom",
              "quietTo", "quietTo"));
    }
  }

  private static LocalTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(List.of(new Violation(field, "message.quiet.bothEnds")));
    }
  }

  public List<Channel> getChosen() {
    current();
    return chosen;
  }

  public void setChosen(List<Channel> chosen) {
    this.chosen = chosen;
  }

  public String getEmailAddress() {
    current();
    return emailAddress;
  }

  public void setEmailAddress(String emailAddress) {
    this.emailAddress = emailAddress;
  }

  public String getWecomAccount() {
    current();
    return wecomAccount;
  }

  public void setWecomAccount(String wecomAccount) {
    this.wecomAccount = wecomAccount;
  }

  public String getDingtalkAccount() {
    current();
    return dingtalkAccount;
  }

  public void setDingtalkAccount(String dingtalkAccount) {
    this.dingtalkAccount = dingtalkAccount;
  }

  public String getQuietFrom() {
    current();
    return quietFrom;
  }

  public void setQuietFrom(String quietFrom) {
    this.quietFrom = quietFrom;
  }

  public String getQuietTo() {
    current();
    return quietTo;
  }

  public void setQuietTo(String quietTo) {
    this.quietTo = quietTo;
  }
}
