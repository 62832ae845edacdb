package cn.dangjian.domain.meeting;

import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting of 三会一课 as the organization recorded it after it took place: its kind, day, topic, who
 * was there (from the organization's members: present, excused with the reason, absent) and the
 * minutes. No photo and no location are asked for (the 2024 rules against formalism).
 */
@Entity
@Table(name = "org_meeting")
public class Meeting implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int TOPIC_LENGTH = 200;
  public static final int PLACE_LENGTH = 200;
  public static final int LECTURER_LENGTH = 50;
  public static final int MINUTES_LENGTH = 20_000;

  /** A party lesson of a day at most. */
  public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeetingKind kind;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = TOPIC_LENGTH)
  private String topic;

  @Column(length = PLACE_LENGTH)
  private String place;

  /** Who gave a party lesson. */
  @Column(length = LECTURER_LENGTH)
  private String lecturer;

  /** The study hours a party lesson credits those present. */
  @Column(precision = 4, scale = 1)
  private BigDecimal hours;

  @Column(length = MINUTES_LENGTH)
  private String minutes;

  @ElementCollection
  @CollectionTable(name = "org_meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<Attendance> attendance = new ArrayList<>();

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "corrected_by", length = 100)
  private String correctedBy;

  @Column(name = "corrected_at")
  private Instant correctedAt;

  protected Meeting() {}

  public Meeting(
      Organization organization,
      MeetingKind kind,
      LocalDate heldOn,
      String topic,
      String place,
      String lecturer,
      BigDecimal hours,
      String minutes,
      LocalDate today,
      String by,
      Instant at) {
    this.organization = organization;
    this.orgPath = organization.getPath();
    set(kind, heldOn, topic, place, lecturer, hours, minutes, today);
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /**
   * Corrects what was recorded (a wrong day, kind, topic or hours); who corrected it and when are
   * kept, and the attendance is recorded again by the caller.
   */
  public void correct(
      MeetingKind kind,
      LocalDate heldOn,
      String topic,
      String place,
      String lecturer,
      BigDecimal hours,
      String minutes,
      LocalDate today,
      String by,
      Instant at) {
    set(kind, heldOn, topic, place, lecturer, hours, minutes, today);
    this.correctedBy = by;
    this.correctedAt = at;
  }

  private void set(
      MeetingKind kind,
      LocalDate heldOn,
      String topic,
      String place,
      String lecturer,
      BigDecimal hours,
      String minutes,
      LocalDate today) {
    if (!kind.heldBy(this.organization.getKind())) {
      throw new DomainException("meeting.kind.notForLevel", kind, this.organization.getKind());
    }
    List<Violation> problems = new ArrayList<>();
    if (heldOn == null || heldOn.isAfter(today)) {
      problems.add(new Violation("heldOn", "meeting.heldOn.invalid"));
    }
    if (topic == null || topic.isBlank() || topic.strip().length() > TOPIC_LENGTH) {
      problems.add(new Violation("topic", "meeting.topic.invalid", TOPIC_LENGTH));
    }
    if (place != null && place.strip().length() > PLACE_LENGTH
        || lecturer != null && lecturer.strip().length() > LECTURER_LENGTH) {
      problems.add(
          new Violation(
              place != null && place.strip().length() > PLACE_LENGTH ? "place" : "lecturer",
              "member.field.tooLong"));
    }
    if (minutes != null && minutes.length() > MINUTES_LENGTH) {
      problems.add(new Violation("minutes", "meeting.minutes.tooLong", MINUTES_LENGTH));
    }
    if (kind.creditsStudy()
        && (hours == null
            || hours.signum() <= 0
            || hours.compareTo(MAX_HOURS) > 0
            || hours.stripTrailingZeros().scale() > 1)) {
      problems.add(new Violation("hours", "study.hours.range", MAX_HOURS));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.kind = kind;
    this.heldOn = heldOn;
    this.topic = topic.strip();
    this.place = blankToNull(place);
    this.lecturer = blankToNull(lecturer);
    this.hours = kind.creditsStudy() ? hours : null;
    this.minutes = blankToNull(minutes);
  }

  /**
   * Who was there, as recorded from the organization's members ({@code members}), replacing what
   * was there: each once, an excuse with its reason. Returns who was present.
   */
  public Set<Long> recordAttendance(Collection<Attendance> marks, Set<Long> members) {
    List<Violation> problems = Attendance.unexplained(marks);
    Set<Long> seen = new HashSet<>();
    for (Attendance a : marks) {
      if (!members.contains(a.getMemberId()) || !seen.add(a.getMemberId())) {
        problems.add(new Violation("attendance", "meeting.attendance.notMember", a.getMemberId()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    attendance.clear();
    attendance.addAll(marks);
    return present();
  }

  public Set<Long> present() {
    return Attendance.present(attendance);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public MeetingKind getKind() {
    return kind;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTopic() {
    return topic;
  }

  public String getPlace() {
    return place;
  }

  public String getLecturer() {
    return lecturer;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getMinutes() {
    return minutes;
  }

  public List<Attendance> getAttendance() {
    return List.copyOf(attendance);
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getCorrectedBy() {
    return correctedBy;
  }
}
