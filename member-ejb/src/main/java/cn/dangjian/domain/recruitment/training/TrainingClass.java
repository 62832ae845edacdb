package cn.dangjian.domain.recruitment.training;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A training class run by a party committee for the activists or candidates under it (培训班): its
 * sessions, who is enrolled, attendance per session, the exam and the certificates.
 */
@Entity
@Table(name = "training_class")
public class TrainingClass implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int MAX_SESSION_HOURS = 12;
  public static final int MAX_DAYS = 92;

  @Id
  @SequenceGenerator(name = "trainingClassSeq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainingClassSeq")
  private Long id;

  @Version private int version;

  @Column(name = "class_year", nullable = false)
  private int year;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(nullable = false, length = 100)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "pass_mark", nullable = false)
  private int passMark;

  @OneToMany(mappedBy = "trainingClass", cascade = CascadeType.PERSIST)
  @OrderBy("heldOn, id")
  private List<TrainingSession> sessions = new ArrayList<>();

  @OneToMany(mappedBy = "trainingClass", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Enrolment> enrolments = new ArrayList<>();

  protected TrainingClass() {}

  public TrainingClass(
      Organization organizer,
      String title,
      Audience audience,
      LocalDate startsOn,
      LocalDate endsOn,
      int passMark) {
    this.organization = organizer;
    this.orgPath = organizer.getPath();
    this.title = title.strip();
    this.audience = audience;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.year = startsOn.getYear();
    this.passMark = passMark;
  }

  /**
   * The class's own facts: a title, who it trains, a period of at most three months, a pass mark.
   */
  public static List<Violation> check(
      String title, Audience audience, LocalDate startsOn, LocalDate endsOn, Integer passMark) {
    List<Violation> v = new ArrayList<>();
    if (title == null || title.isBlank() || title.strip().length() > 100) {
      v.add(new Violation("title", "training.title"));
    }
    if (audience == null) {
      v.add(new Violation("audience", "training.audience"));
    }
    if (startsOn == null || endsOn == null) {
      v.add(new Violation("startsOn", "training.period.required"));
    } else if (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusDays(MAX_DAYS))) {
      v.add(new Violation("endsOn", "training.period.order", startsOn, endsOn, MAX_DAYS));
    }
    if (passMark == null || passMark < 0 || passMark > Enrolment.MAX_SCORE) {
      v.add(new Violation("passMark", "training.passMark", Enrolment.MAX_SCORE));
    }
    return v;
  }

  public TrainingSession addSession(
      LocalDate heldOn, BigDecimal hours, String topic, String teacher) {
    List<Violation> v = new ArrayList<>();
    if (heldOn == null || heldOn.isBefore(startsOn) || heldOn.isAfter(endsOn)) {
      v.add(new Violation("heldOn", "training.session.day", startsOn, endsOn));
    }
    if (hours == null
        || hours.signum() <= 0
        || hours.compareTo(BigDecimal.valueOf(MAX_SESSION_HOURS)) > 0
        || hours.stripTrailingZeros().scale() > 1) {
      v.add(new Violation("hours", "training.session.hours", MAX_SESSION_HOURS));
    }
    if (topic == null || topic.isBlank() || topic.strip().length() > 200) {
      v.add(new Violation("topic", "training.session.topic"));
    }
    if (teacher != null && teacher.length() > 50) {
      v.add(new Violation("teacher", "training.session.teacher"));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    TrainingSession s = new TrainingSession(this, heldOn, hours, topic.strip(), teacher);
    sessions.add(s);
    sessions.sort(Comparator.comparing(TrainingSession::getHeldOn));
    return s;
  }

  /** Enrols an open case of the class's audience; each person once. */
  public Enrolment enrol(RecruitmentCase c) {
    if (!c.getStatus().isOpen()
        || c.getStanding() != audience.standing()
        || !c.getOrgPath().startsWith(orgPath)) {
      throw new DomainException(
          "training.enrol.audience", c.getName(), "enum.Audience." + audience.name());
    }
    if (enrolments.stream().anyMatch(e -> e.getRecruitmentCase().getId().equals(c.getId()))) {
      throw new ConflictException("training.enrol.twice", c.getName());
    }
    Enrolment e = new Enrolment(this, c);
    enrolments.add(e);
    return e;
  }

  /** Who was present at a session that has taken place; a certified person's record is closed. */
  public void attendance(Long sessionId, Set<Long> presentEnrolmentIds, LocalDate today) {
    TrainingSession s = session(sessionId);
    if (!s.heldBy(today)) {
      throw new DomainException("training.session.notHeld", s.getHeldOn());
    }
    for (Enrolment e : enrolments) {
      boolean present = presentEnrolmentIds.contains(e.getId());
      if (present != e.getAttended().contains(s)) {
        requireOpen(e);
        e.attended(s, present);
      }
    }
  }

  public void exam(Long enrolmentId, Integer score) {
    Enrolment e = enrolment(enrolmentId);
    requireOpen(e);
    if (score != null && (score < 0 || score > Enrolment.MAX_SCORE)) {
      throw new ValidationException(
          List.of(new Violation("examScore", "training.exam.range", Enrolment.MAX_SCORE)));
    }
    e.exam(score);
  }

  /** Issues the certificate if attendance and exam allow it; numbered per class in issue order. */
  public Enrolment certify(Long enrolmentId, LocalDate on) {
    Enrolment e = enrolment(enrolmentId);
    requireOpen(e);
    List<Violation> v = new ArrayList<>(e.missing());
    if (on == null || on.isBefore(lastAttendedDay(e))) {
      v.add(new Violation("certifiedOn", "training.certificate.date", lastAttendedDay(e)));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    long issued = enrolments.stream().filter(Enrolment::certified).count();
    e.certify(on, String.format("%d-%d-%03d", year, id, issued + 1));
    return e;
  }

  private LocalDate lastAttendedDay(Enrolment e) {
    return e.getAttended().stream()
        .map(TrainingSession::getHeldOn)
        .max(Comparator.naturalOrder())
        .orElse(startsOn);
  }

  private static void requireOpen(Enrolment e) {
    if (e.certified()) {
      throw new DomainException(
          "training.certified", e.getRecruitmentCase().getName(), e.getCertificateNo());
    }
  }

  public TrainingSession session(Long sessionId) {
    return sessions.stream()
        .filter(s -> s.getId().equals(sessionId))
        .findFirst()
        .orElseThrow(() -> new DomainException("training.session.unknown", sessionId));
  }

  public Enrolment enrolment(Long enrolmentId) {
    return findEnrolment(enrolmentId)
        .orElseThrow(() -> new DomainException("training.enrolment.unknown", enrolmentId));
  }

  public Optional<Enrolment> findEnrolment(Long enrolmentId) {
    return enrolments.stream().filter(e -> e.getId().equals(enrolmentId)).findFirst();
  }

  public BigDecimal totalHours() {
    return sessions.stream()
        .map(TrainingSession::getHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public int getYear() {
    return year;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public String getTitle() {
    return title;
  }

  public Audience getAudience() {
    return audience;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getPassMark() {
    return passMark;
  }

  public List<TrainingSession> getSessions() {
    return List.copyOf(sessions);
  }

  public List<Enrolment> getEnrolments() {
    return List.copyOf(enrolments);
  }
}
