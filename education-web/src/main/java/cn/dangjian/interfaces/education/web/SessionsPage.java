package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.SessionData;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.education.StudyService;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.education.StudyMode;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The year's study sessions in the organizer's scope, and a new one planned. */
@Named
@ViewScoped
public class SessionsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB StudyService studies;
  @Inject Clock clock;

  private List<SessionView> sessions;
  private OrgNode organization;
  private StudyMode mode;
  private String topic;
  private LocalDate heldOn;
  private LocalTime startsAt;
  private BigDecimal hours;
  private String speaker;
  private String place;
  private MemberKind expected = MemberKind.ALL;

  public List<SessionView> getSessions() {
    if (sessions == null) {
      sessions = studies.sessions(LocalDate.now(clock).getYear());
    }
    return sessions;
  }

  public List<StudyMode> getModes() {
    return StudyMode.fiveModes();
  }

  public String plan() {
    try {
      SessionView s =
          studies.plan(
              new SessionData(
                  organization == null ? null : organization.id(),
                  mode,
                  topic,
                  heldOn,
                  startsAt,
                  hours,
                  speaker,
                  place,
                  expected,
                  null));
      return "/session.xhtml?faces-redirect=true&id=" + s.id();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "plan",
          Map.of(
              "organizationId", "organization",
              "mode", "mode",
              "topic", "topic",
              "heldOn", "heldOn",
              "hours", "hours",
              "speaker", "speaker",
              "place", "place"));
      return null;
    }
  }

  public MemberKind[] getKinds() {
    return MemberKind.values();
  }

  public MemberKind getExpected() {
    return expected;
  }

  public void setExpected(MemberKind expected) {
    this.expected = expected;
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public StudyMode getMode() {
    return mode;
  }

  public void setMode(StudyMode mode) {
    this.mode = mode;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalTime startsAt) {
    this.startsAt = startsAt;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getSpeaker() {
    return speaker;
  }

  public void setSpeaker(String speaker) {
    this.speaker = speaker;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }
}
