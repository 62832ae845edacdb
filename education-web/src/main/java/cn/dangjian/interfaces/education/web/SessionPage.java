package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.AttendanceData;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.education.StudyService;
import cn.dangjian.domain.education.Presence;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One study session and its attendance sheet: the organizer marks each person present, excused
 * (with the reason) or absent after the session; nobody checks in.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB StudyService studies;
  @Inject UiText ui;

  private Long id;
  private SessionView view;
  private List<Row> sheet;
  private transient Part material;

  /** One line of the sheet, as the form edits it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long memberId;
    private final String name;
    private Presence presence;
    private String reason;

    Row(SessionView.Attendee a) {
      this.memberId = a.memberId();
      this.name = a.name();
      this.presence = a.presence();
      this.reason = a.reason();
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

  public SessionView getView() {
    if (view == null) {
      view = studies.get(id);
      sheet = new ArrayList<>(view.attendees().stream().map(Row::new).toList());
    }
    return view;
  }

  public List<Row> getSheet() {
    getView();
    return sheet;
  }

  public Presence[] getPresences() {
    return Presence.values();
  }

  /** Everyone present: the usual case, then the few exceptions are changed by hand. */
  public void allPresent() {
    getSheet().stream().filter(r -> r.presence == null).forEach(r -> r.presence = Presence.PRESENT);
  }

  public String save() {
    try {
      List<AttendanceData> marks =
          getSheet().stream()
              .filter(r -> r.presence != null)
              .map(r -> new AttendanceData(r.memberId, r.presence, r.reason))
              .toList();
      studies.recordAttendance(id, view.version(), marks);
      FacesErrors.info(ui.get("study.attendance.saved"));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/session.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "sheet", Map.of("reason", "list", "presence", "list"));
      return null;
    }
  }

  /** Slides, a text or the sign-in sheet's scan, for a session recorded after the fact too. */
  public String attach() {
    try {
      studies.attach(id, Scans.name(material), Scans.read(material));
      return "/session.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "material", Map.of("file", "file"));
      return null;
    }
  }

  public Part getMaterial() {
    return material;
  }

  public void setMaterial(Part material) {
    this.material = material;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
