package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.training.ClassView;
import cn.dangjian.application.recruitment.training.ClassView.EnrolmentView;
import cn.dangjian.application.recruitment.training.ClassView.SessionView;
import cn.dangjian.application.recruitment.training.SessionData;
import cn.dangjian.application.recruitment.training.TrainingService;
import cn.dangjian.domain.shared.NotFoundException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One class: its sessions, enrolment, attendance per session, exam scores and certificates. */
@Named
@ViewScoped
public class ClassPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB TrainingService training;
  @Inject UiText ui;
  @Inject Clock clock;

  private Long id;
  private ClassView view;
  private List<CaseRow> enrolable;
  private final SessionData session = new SessionData();
  private List<Long> toEnrol = new ArrayList<>();
  private Long attendanceSession;
  private List<Long> present = new ArrayList<>();
  private final Map<Long, String> scores = new HashMap<>();
  private LocalDate certifiedOn;

  public ClassView getView() {
    if (view == null && id != null) {
      view = training.get(id);
      scores.clear();
      view.enrolments()
          .forEach(e -> scores.put(e.id(), e.examScore() == null ? "" : e.examScore().toString()));
    }
    return view;
  }

  /**
   * The id is not marked required: an ajax postback would ask for it again; a missing id is a
   * missing class.
   */
  public void load() {
    if (id == null) {
      throw new NotFoundException("entity.trainingClass", "-");
    }
    getView();
  }

  public List<CaseRow> getEnrolable() {
    if (enrolable == null) {
      enrolable = getView().mayManage() ? training.enrolable(id) : List.of();
    }
    return enrolable;
  }

  public List<SessionView> getHeldSessions() {
    return getView().sessions().stream().filter(SessionView::held).toList();
  }

  public void addSession() {
    if (act(
        () -> training.addSession(id, view.version(), session),
        "session",
        Map.of("heldOn", "heldOn", "hours", "hours", "topic", "topic", "teacher", "teacher"))) {
      session.setHeldOn(null);
      session.setHours(null);
      session.setTopic(null);
      session.setTeacher(null);
    }
  }

  public void enrol() {
    if (act(
        () -> training.enrol(id, view.version(), toEnrol), "enrol", Map.of("caseIds", "cases"))) {
      toEnrol = new ArrayList<>();
    }
  }

  /** Ticks those who attended the chosen session so far. */
  public void sessionChosen() {
    present =
        getView().enrolments().stream()
            .filter(e -> e.attended(attendanceSession))
            .map(EnrolmentView::id)
            .collect(Collectors.toCollection(ArrayList::new));
  }

  public void saveAttendance() {
    act(
        () -> {
          if (attendanceSession == null) {
            throw new ValidationException(
                List.of(new Violation("session", "training.session.choose")));
          }
          training.attendance(id, view.version(), attendanceSession, new HashSet<>(present));
        },
        "attendance",
        Map.of("session", "attendanceSession"));
  }

  public void saveScore(Long enrolmentId) {
    act(
        () -> training.exam(id, view.version(), enrolmentId, score(scores.get(enrolmentId))),
        "enrolments",
        Map.of());
  }

  public void certify(Long enrolmentId) {
    act(
        () ->
            training.certify(
                id,
                view.version(),
                enrolmentId,
                certifiedOn == null ? LocalDate.now(clock) : certifiedOn),
        "enrolments",
        Map.of("certifiedOn", "certifiedOn"));
  }

  /** Why a person may not yet have the certificate, in the user's language. */
  public String missing(EnrolmentView e) {
    return e.missing().stream().map(v -> ui.messages().text(v)).collect(Collectors.joining("; "));
  }

  /** Runs one change and reloads the class; false, with the messages shown, when it was refused. */
  private boolean act(Runnable change, String formId, Map<String, String> fields) {
    try {
      change.run();
      FacesErrors.info(ui.get("classes.saved"));
      return true;
    } catch (RuntimeException e) {
      FacesErrors.show(e, formId, fields);
      return false;
    } finally {
      view = null;
      enrolable = null;
    }
  }

  private static Integer score(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(
          List.of(new Violation("examScore", "training.exam.range", 100)));
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SessionData getSession() {
    return session;
  }

  public List<Long> getToEnrol() {
    return toEnrol;
  }

  public void setToEnrol(List<Long> toEnrol) {
    this.toEnrol = toEnrol;
  }

  public Long getAttendanceSession() {
    return attendanceSession;
  }

  public void setAttendanceSession(Long attendanceSession) {
    this.attendanceSession = attendanceSession;
  }

  public List<Long> getPresent() {
    return present;
  }

  public void setPresent(List<Long> present) {
    this.present = present;
  }

  public Map<Long, String> getScores() {
    return scores;
  }

  public LocalDate getCertifiedOn() {
    return certifiedOn;
  }

  public void setCertifiedOn(LocalDate certifiedOn) {
    this.certifiedOn = certifiedOn;
  }
}
