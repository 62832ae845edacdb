package cn.dangjian.domain.education;

import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.org.Organization;
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
import java.util.List;

/**
 * A course of 一堂 (the air classroom), made by an organization for an audience: a subtree of its own
 * (the whole subtree or one kind of member in it) over a period. Its lessons come in order.
 */
@Entity
@Table(name = "course")
public class Course implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int TITLE_LENGTH = 200;
  public static final int SUMMARY_LENGTH = 1000;
  public static final int MAX_LESSONS = 50;

  @Id
  @SequenceGenerator(name = "courseSeq", sequenceName = "course_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courseSeq")
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(length = SUMMARY_LENGTH)
  private String summary;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "audience_org_id")
  private Organization audienceOrganization;

  @Column(name = "audience_path", nullable = false, length = 400)
  private String audiencePath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MemberKind audience;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected Course() {}

  public Course(
      Organization owner,
      String title,
      String summary,
      Organization audienceOrganization,
      MemberKind audience,
      LocalDate opensOn,
      LocalDate closesOn) {
    List<Violation> problems = new ArrayList<>();
    if (title == null || title.isBlank() || title.strip().length() > TITLE_LENGTH) {
      problems.add(new Violation("title", "course.title", TITLE_LENGTH));
    }
    if (summary != null && summary.strip().length() > SUMMARY_LENGTH) {
      problems.add(new Violation("summary", "member.field.tooLong", SUMMARY_LENGTH));
    }
    if (!audienceOrganization.isWithin(owner.getPath())) {
      problems.add(new Violation("audienceOrgId", "course.audience.outside", owner.getName()));
    }
    if (audience == null) {
      problems.add(new Violation("audience", "course.audience.required"));
    }
    if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
      problems.add(new Violation("closesOn", "course.period"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.organization = owner;
    this.orgPath = owner.getPath();
    this.title = title.strip();
    this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    this.audienceOrganization = audienceOrganization;
    this.audiencePath = audienceOrganization.getPath();
    this.audience = audience;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  /** Adds a lesson at the end. */
  public Lesson addLesson(
      String title,
      String body,
      String videoUrl,
      BigDecimal hours,
      Integer passPercent,
      List<QuizQuestion> questions) {
    if (lessons.size() >= MAX_LESSONS) {
      throw new ValidationException(
          List.of(new Violation("title", "course.lesson.tooMany", MAX_LESSONS)));
    }
    Lesson lesson =
        new Lesson(this, lessons.size() + 1, title, body, videoUrl, hours, passPercent, questions);
    lessons.add(lesson);
    return lesson;
  }

  /** Whether a member of this organization, of this kind, is among the course's audience. */
  public boolean reaches(String memberOrgPath, boolean ofTheAudiencesKind) {
    return memberOrgPath != null && memberOrgPath.startsWith(audiencePath) && ofTheAudiencesKind;
  }

  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
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

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public Organization getAudienceOrganization() {
    return audienceOrganization;
  }

  public String getAudiencePath() {
    return audiencePath;
  }

  public MemberKind getAudience() {
    return audience;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public List<Lesson> getLessons() {
    return List.copyOf(lessons);
  }
}
