package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.LectureData;
import cn.dangjian.application.education.LectureService;
import cn.dangjian.application.education.RotaView;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 党支部书记讲坛: the committee's rota in order, who is next, the lectures given; the committee records a
 * lecture (then its attendance on the session page) and swaps two places with a reason. A secretary
 * sees the rota they are on.
 */
@Named
@ViewScoped
public class RotaPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB LectureService lectures;
  @Inject UiText ui;

  private Long committee;
  private OrgNode picked;
  private RotaView view;
  private boolean missing;

  private Long lecturerId;
  private String topic;
  private LocalDate heldOn;
  private BigDecimal hours;
  private String place;

  private Long swapId;
  private Long swapWithId;
  private String reason;

  public RotaView getView() {
    if (view == null && !missing) {
      if (committee == null) {
        committee = lectures.myRotaCommittee().orElse(null);
      }
      if (committee == null) {
        missing = true;
        return null;
      }
      try {
        view = lectures.rota(committee);
        lecturerId = view.nextId();
      } catch (NotFoundException e) {
        missing = true;
      }
    }
    return view;
  }

  public List<RotaView.Seat> getWaiting() {
    return getView() == null
        ? List.of()
        : view.seats().stream().filter(s -> !s.lectured()).toList();
  }

  /** Opens the rota of the committee picked. */
  public String open() {
    return picked == null ? null : "/rota.xhtml?faces-redirect=true&committee=" + picked.id();
  }

  public String setUp() {
    try {
      lectures.setUp(committee);
      return reopened("rota.created");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "setUp", Map.of());
      return null;
    }
  }

  public String lecture() {
    try {
      SessionView s =
          lectures.lecture(
              committee,
              view.version(),
              new LectureData(lecturerId, topic, heldOn, null, hours, place));
      FacesErrors.info(ui.get("rota.lecture.saved"));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/session.xhtml?faces-redirect=true&id=" + s.id();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "lecture",
          Map.of(
              "lecturerId", "lecturer",
              "topic", "topic",
              "heldOn", "heldOn",
              "hours", "hours",
              "place", "place"));
      return null;
    }
  }

  public String swap() {
    try {
      lectures.swap(committee, view.version(), swapId, swapWithId, reason);
      return reopened("rota.swapped");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "swap", Map.of("reason", "reason", "with", "with"));
      return null;
    }
  }

  private String reopened(String key) {
    FacesErrors.info(ui.get(key));
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/rota.xhtml?faces-redirect=true&committee=" + committee;
  }

  public boolean isMissing() {
    getView();
    return missing;
  }

  public Long getCommittee() {
    return committee;
  }

  public void setCommittee(Long committee) {
    this.committee = committee;
  }

  public OrgNode getPicked() {
    return picked;
  }

  public void setPicked(OrgNode picked) {
    this.picked = picked;
  }

  public Long getLecturerId() {
    return lecturerId;
  }

  public void setLecturerId(Long lecturerId) {
    this.lecturerId = lecturerId;
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

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Long getSwapId() {
    return swapId;
  }

  public void setSwapId(Long swapId) {
    this.swapId = swapId;
  }

  public Long getSwapWithId() {
    return swapWithId;
  }

  public void setSwapWithId(Long swapWithId) {
    this.swapWithId = swapWithId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
