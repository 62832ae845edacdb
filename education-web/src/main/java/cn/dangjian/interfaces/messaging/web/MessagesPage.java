package cn.dangjian.interfaces.messaging.web;

import cn.dangjian.application.messaging.MessageData;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.MessageView;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The editors' page of the daily message: write one for a time, see what goes out when. */
@Named
@ViewScoped
public class MessagesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The hour a message goes out unless the editor says otherwise: before the morning shift. */
  private static final LocalTime MORNING = LocalTime.of(7, 0);

  @EJB MessageService messages;
  @Inject Clock clock;
  @Inject UiText ui;

  private List<MessageView> calendar;
  private OrgNode organization;
  private MessageCategory category;
  private String text;
  private MemberKind audience = MemberKind.ALL;
  private LocalDate day;
  private String time = MORNING.toString();

  public List<MessageView> getCalendar() {
    if (calendar == null) {
      LocalDate today = LocalDate.now(clock);
      calendar = messages.calendar(today.minusDays(7), today.plusDays(30));
    }
    return calendar;
  }

  public String write() {
    LocalTime at;
    try {
      at = LocalTime.parse(time == null ? "" : time.strip());
    } catch (DateTimeParseException e) {
      FacesErrors.show(
          new ValidationException(List.of(new Violation("time", "message.sendAt.required"))),
          "write",
          Map.of("time", "time"));
      return null;
    }
    try {
      messages.write(
          new MessageData(
              organization == null ? null : organization.id(),
              category,
              text,
              audience,
              getDay().atTime(at)));
      text = null;
      calendar = null;
      FacesErrors.info(ui.get("daily.written"));
      return null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "write",
          Map.of(
              "organizationId", "organization",
              "category", "category",
              "text", "text",
              "audience", "audience",
              "sendAt", "day"));
      return null;
    }
  }

  public void withdraw(MessageView m) {
    try {
      messages.withdraw(m.id(), m.version());
      calendar = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "calendarForm", Map.of());
    }
  }

  public MessageCategory[] getCategories() {
    return MessageCategory.values();
  }

  public MemberKind[] getKinds() {
    return MemberKind.values();
  }

  public int getTextLength() {
    return MessageData.TEXT_LENGTH;
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public MessageCategory getCategory() {
    return category;
  }

  public void setCategory(MessageCategory category) {
    this.category = category;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public MemberKind getAudience() {
    return audience;
  }

  public void setAudience(MemberKind audience) {
    this.audience = audience;
  }

  public LocalDate getDay() {
    return day == null ? LocalDate.now(clock).plusDays(1) : day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }
}
