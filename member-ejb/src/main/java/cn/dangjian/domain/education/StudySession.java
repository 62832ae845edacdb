package cn.dangjian.domain.education;

import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.org.OrgKind;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A study session of one of the five modes (五学), held by an organization: planned ahead, then its
 * attendance recorded by the organizer after it took place (no check-in by the members, no photo,
 * no location). Those present are credited its hours in the study ledger.
 */
@Entity
@Table(name = "study_session")
public class StudySession implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int TOPIC_LENGTH = 200;
  public static final int SPEAKER_LENGTH = 50;
  public static final int PLACE_LENGTH = 200;
  public static final int REASON_LENGTH = 200;

  /** A study day at most; longer courses are training classes. */
  public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8);

  @Id
  @SequenceGenerator(name = "studySeq", sequenceName = "study_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studySeq")
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StudyMode mode;

  @Column(nullable = false, length = TOPIC_LENGTH)
  private String topic;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "starts_at")
  private LocalTime startsAt;

  @Column(nullable = false, precision = 4, scale = 1)
  private BigDecimal hours;

  @Column(length = SPEAKER_LENGTH)
  private String speaker;

  @Column(length = PLACE_LENGTH)
  private String place;

  /** The secretary who gave it, for a lecture of the rota ({@link StudyMode#SECRETARY_LECTURE}). */
  @Column(name = "lecturer_id")
  private Long lecturerId;

  @ElementCollection
  @CollectionTable(name = "study_attendance", joinColumns = @JoinColumn(name = "session_id"))
  private List<Attendance> attendance = new ArrayList<>();

  /** Which of the organization's members are expected; {@link #picked} names them instead. */
  @Enumerated(EnumType.STRING)
  @Column(name = "expected_kind", nullable = false, length = 20)
  private MemberKind expected = MemberKind.ALL;

  @ElementCollection
  @CollectionTable(name = "study_session_pick", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "member_id")
  private Set<Long> picked = new HashSet<>();

  protected StudySession() {}

  public StudySession(
      Organization organization,
      StudyMode mode,
      String topic,
      LocalDate heldOn,
      LocalTime startsAt,
      BigDecimal hours,
      String speaker,
      String place) {
    this(organization, planned(mode), topic, heldOn, startsAt, hours, speaker, place, null);
  }

  private StudySession(
      Organization organization,
      StudyMode mode,
      String topic,
      LocalDate heldOn,
      LocalTime startsAt,
      BigDecimal hours,
      String speaker,
      String place,
      Long lecturerId) {
    if (!mode.heldBy(organization.getKind(), organization.isOffice())) {
      // below a committee only the offices' flag is missing: say so, with the organization
      throw mode == StudyMode.OFFICE_HALF_HOUR && organization.getKind() != OrgKind.COMMITTEE
          ? new DomainException("study.mode.officesOnly", mode, organization.getName())
          : new DomainException("study.mode.notForLevel", mode, organization.getKind());
    }
    if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1) {
      throw new ValidationException(
          List.of(new Violation("hours", "study.hours.range", MAX_HOURS)));
    }
    this.organization = organization;
    this.orgPath = organization.getPath();
    this.mode = mode;
    this.topic = topic.strip();
    this.heldOn = heldOn;
    this.startsAt = startsAt;
    this.hours = hours;
    this.speaker = blankToNull(speaker);
    this.place = blankToNull(place);
    this.lecturerId = lecturerId;
  }

  /** A secretary's lecture is recorded through the rota, never planned as one of 五学. */
  private static StudyMode planned(StudyMode mode) {
    if (mode == StudyMode.SECRETARY_LECTURE) {
      throw new DomainException("study.mode.lectureByRota");
    }
    return mode;
  }

  /** A lecture of the committee's rota, given by {@code lecturer}; the rota decides who may. */
  public static StudySession lecture(
      LectureRota rota,
      Long lecturer,
      String topic,
      LocalDate heldOn,
      LocalTime startsAt,
      BigDecimal hours,
      String place) {
    StudySession s =
        new StudySession(
            rota.getCommittee(),
            StudyMode.SECRETARY_LECTURE,
            topic,
            heldOn,
            startsAt,
            hours,
            null,
            place,
            lecturer);
    rota.lectured(lecturer);
    return s;
  }

  /**
   * Who is expected: one kind of the organization's members, or people picked by name (then the
   * kind is all of those picked); a planned session appears on their list.
   */
  public void expect(MemberKind kind, Collection<Long> people) {
    this.expected = kind == null ? MemberKind.ALL : kind;
    this.picked = people == null ? new HashSet<>() : new HashSet<>(people);
  }

  /** Whether a member of this organization path, of this kind, is expected. */
  public boolean expects(Long memberId, String memberOrgPath, boolean ofTheKind) {
    return picked.isEmpty()
        ? memberOrgPath != null && memberOrgPath.startsWith(orgPath) && ofTheKind
        : picked.contains(memberId);
  }

  public MemberKind getExpected() {
    return expected;
  }

  public Set<Long> getPicked() {
    return Set.copyOf(picked);
  }

  /**
   * The attendance as the organizer recorded it, replacing what was there: only once the session
   * has taken place, an excuse with its reason. Returns who was present, to be credited.
   */
  public Set<Long> recordAttendance(Collection<Attendance> marks, LocalDate today) {
    if (heldOn.isAfter(today)) {
      throw new DomainException("study.attendance.future", heldOn);
    }
    List<Violation> problems = Attendance.unexplained(marks);
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

  public int getVersion() {
    return version;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public StudyMode getMode() {
    return mode;
  }

  public String getTopic() {
    return topic;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getSpeaker() {
    return speaker;
  }

  public String getPlace() {
    return place;
  }

  public Long getLecturerId() {
    return lecturerId;
  }

  /** Whether the member was recorded present. */
  public boolean attendedBy(Long memberId) {
    return present().contains(memberId);
  }

  public List<Attendance> getAttendance() {
    return List.copyOf(attendance);
  }
}
