package cn.dangjian.interfaces.meeting.web;

import cn.dangjian.application.meeting.AttendeeData;
import cn.dangjian.application.meeting.MeetingData;
import cn.dangjian.application.meeting.MeetingOverview;
import cn.dangjian.application.meeting.MeetingPlan;
import cn.dangjian.application.meeting.MeetingService;
import cn.dangjian.application.meeting.MeetingView;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.meeting.MeetingKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.Scans;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 三会一课: an organization's year (each kind period by period: held, due, overdue), its meetings, and
 * a meeting recorded afterwards with who was there and the minutes.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB MeetingService meetings;
  @Inject UiText ui;
  @Inject Clock clock;

  private OrgNode organization;
  private Integer year;
  private MeetingPlan plan;
  private MeetingOverview overview;
  private MeetingKind kind;
  private LocalDate heldOn;
  private String topic;
  private String place;
  private String lecturer;

  /** A party lesson's usual length, offered in the form. */
  private static final BigDecimal USUAL_HOURS = BigDecimal.valueOf(2);

  private BigDecimal hours = USUAL_HOURS;
  private String minutes;
  private transient Part file;
  private Long correcting;
  private List<Mark> marks = List.of();

  /** One member's line of the attendance being recorded. */
  public static final class Mark implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long memberId;
    private final String name;
    private Presence presence = Presence.PRESENT;
    private String reason;

    Mark(Long memberId, String name) {
      this.memberId = memberId;
      this.name = name;
    }

    public Long getMemberId() {
      return memberId;
    }

    public String getName() {
      return name;
    }

    public Presence getPresence() {
      return presence;
    }

    public void setPresence(Presence presence) {
      this.presence = presence;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  /**
   * A branch or party group: its year and the form to record; a committee above them: which of
   * those below it have periods overdue.
   */
  public void show() {
    try {
      Long id = organization == null ? null : organization.id();
      plan = meetings.plan(id, getYear());
      overview = null;
      if (plan.kinds().isEmpty()) {
        overview = meetings.overview(id, getYear());
        plan = null;
        return;
      }
      marks = new ArrayList<>();
      for (MeetingView.Attendee a : meetings.roll(id)) {
        marks.add(new Mark(a.memberId(), a.name()));
      }
      if (kind == null || plan.kinds().stream().noneMatch(k -> k.kind() == kind)) {
        kind = plan.kinds().isEmpty() ? null : plan.kinds().get(0).kind();
      }
    } catch (RuntimeException e) {
      plan = null;
      overview = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization", "year", "year"));
    }
  }

  /** Opens a recorded meeting in the form, to correct it. */
  public void edit(MeetingView m) {
    correcting = m.id();
    kind = m.kind();
    heldOn = m.heldOn();
    topic = m.topic();
    place = m.place();
    lecturer = m.lecturer();
    hours = m.hours() == null ? USUAL_HOURS : m.hours();
    minutes = m.minutes();
    for (Mark x : marks) {
      m.attendance().stream()
          .filter(a -> a.memberId().equals(x.memberId))
          .findFirst()
          .ifPresent(
              a -> {
                x.presence = a.presence();
                x.reason = a.reason();
              });
    }
  }

  /** Leaves the correction: the form records a new meeting again. */
  public void cancelEdit() {
    FacesContext ctx = FacesContext.getCurrentInstance();
    // the form was not processed: its fields would show what was typed instead of the empty form
    ctx.getViewRoot().resetValues(ctx, List.of("record"));
    clearForm();
    show();
  }

  private void clearForm() {
    correcting = null;
    hours = USUAL_HOURS;
    topic = null;
    place = null;
    lecturer = null;
    minutes = null;
    heldOn = null;
    file = null;
  }

  public void record() {
    try {
      MeetingData data =
          new MeetingData(
              plan.organizationId(),
              kind,
              heldOn,
              topic,
              place,
              lecturer,
              hours,
              minutes,
              marks.stream().map(x -> new AttendeeData(x.memberId, x.presence, x.reason)).toList());
      byte[] paper = Scans.chosen(file) ? Scans.read(file) : null;
      MeetingView m;
      if (correcting == null) {
        m = meetings.record(data, Scans.name(file), paper);
      } else {
        m = meetings.correct(correcting, data);
        if (paper != null) {
          meetings.attach(correcting, Scans.name(file), paper);
        }
      }
      FacesErrors.info(
          ui.format(
              correcting == null ? "meeting.recorded" : "meeting.corrected",
              ui.get(m.kind()),
              m.heldOn(),
              m.present(),
              m.excused()));
      clearForm();
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "record",
          Map.of(
              "kind", "kind",
              "heldOn", "heldOn",
              "topic", "topic",
              "place", "place",
              "lecturer", "lecturer",
              "hours", "hours",
              "minutes", "minutes",
              "file", "file"));
    }
  }

  public Presence[] getPresences() {
    return Presence.values();
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public int getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public MeetingPlan getPlan() {
    return plan;
  }

  public MeetingOverview getOverview() {
    return overview;
  }

  /** The kinds a committee's overview has columns for: those its branches and groups hold. */
  public MeetingKind[] getKinds() {
    return MeetingKind.values();
  }

  public MeetingKind getKind() {
    return kind;
  }

  public void setKind(MeetingKind kind) {
    this.kind = kind;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLecturer() {
    return lecturer;
  }

  public void setLecturer(String lecturer) {
    this.lecturer = lecturer;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public List<Mark> getMarks() {
    return marks;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getCorrecting() {
    return correcting;
  }
}
