package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Flag;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.LookupKey;
import cn.dangjian.domain.shared.Sealed;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person a branch has in its sight before they apply (拓源头: 纳入组织培养视野): frontline team leaders,
 * technicians, young workers, each guided by a full member of the organization (党员帮扶), with the
 * talks, activities and help recorded. When the person applies, the case opens from these
 * particulars and this history stays with it (把关口: cultivation before the application).
 */
@Entity
@Table(name = "recruitment_prospect")
public class Prospect implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  public static final int MAX_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 50)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sex sex;

  @Convert(converter = Sealed.class)
  @Column(name = "citizen_id", nullable = false, length = Sealed.LENGTH)
  private String citizenId;

  @Convert(converter = LookupKey.class)
  @Column(name = "citizen_id_key", nullable = false, length = LookupKey.LENGTH, unique = true)
  private String citizenIdKey;

  @Column(nullable = false, length = 20)
  private String ethnicity;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Education education;

  @Convert(converter = Sealed.class)
  @Column(length = Sealed.LENGTH)
  private String phone;

  @Column(name = "job_post", length = 60)
  private String jobPost;

  @Convert(converter = Flag.class)
  @Column(nullable = false)
  private boolean frontline;

  @Convert(converter = Flag.class)
  @Column(nullable = false)
  private boolean technician;

  @Convert(converter = Flag.class)
  @Column(name = "team_leader", nullable = false)
  private boolean teamLeader;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "guide_id", nullable = false)
  private Long guideId;

  @Column(name = "guide_name", nullable = false, length = 100)
  private String guideName;

  /** Since when the branch has had the person in sight. */
  @Column(name = "since_on", nullable = false)
  private LocalDate since;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProspectState state = ProspectState.IN_SIGHT;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "drop_reason", length = 200)
  private String dropReason;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @ElementCollection
  @CollectionTable(
      name = "recruitment_prospect_contact",
      joinColumns = @JoinColumn(name = "prospect_id"))
  @OrderBy("on")
  private List<ProspectContact> contacts = new ArrayList<>();

  protected Prospect() {}

  /**
   * Takes a person into sight, checked particulars in hand: the organization keeps recruiting (a
   * branch or a party group's branch), the guide is a full member of it, the day is not ahead.
   */
  public static Prospect of(
      Applicant person,
      Organization organization,
      Member guide,
      LocalDate since,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (!RecruitmentCase.receives(organization)) {
      problems.add(new Violation("organizationId", "recruitment.case.branch"));
    }
    guideProblems(guide, organization).ifPresent(problems::add);
    if (since == null || since.isAfter(today)) {
      problems.add(new Violation("since", "prospect.since.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Prospect p = new Prospect();
    p.name = person.name().strip();
    p.sex = person.sex();
    p.citizenId = person.citizenId();
    p.citizenIdKey = person.citizenId();
    p.ethnicity = person.ethnicity().strip();
    p.birthDate = person.birthDate();
    p.education = person.education();
    p.phone = person.phone();
    p.jobPost = person.jobPost();
    p.frontline = person.frontline();
    p.technician = person.technician();
    p.teamLeader = person.teamLeader();
    p.organization = organization;
    p.orgPath = organization.getPath();
    p.guide(guide);
    p.since = since;
    p.addedBy = by;
    p.addedAt = at;
    return p;
  }

  /** 党员帮扶: a full member of the person's organization or one under it. */
  private static Optional<Violation> guideProblems(Member guide, Organization organization) {
    boolean fits =
        guide != null
            && guide.getCategory() == Category.FULL
            && guide.getOrgPath() != null
            && guide.getOrgPath().startsWith(organization.getPath());
    return fits
        ? Optional.empty()
        : Optional.of(new Violation("guideId", "prospect.guide.invalid"));
  }

  private void guide(Member guide) {
    this.guideId = guide.getId();
    this.guideName = guide.getName();
  }

  public void changeGuide(Member guide) {
    inSight();
    guideProblems(guide, organization)
        .ifPresent(
            v -> {
              throw new ValidationException(List.of(v));
            });
    guide(guide);
  }

  /** Records a talk, an activity or help, on a day from the person's coming into sight to today. */
  public void contact(ContactKind kind, LocalDate on, String note, LocalDate today, String by) {
    inSight();
    List<Violation> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new Violation("kind", "prospect.contact.kind"));
    }
    if (on == null || on.isAfter(today) || on.isBefore(since)) {
      problems.add(new Violation("on", "prospect.contact.on", since, today));
    }
    if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
      problems.add(new Violation("note", "prospect.contact.note", MAX_NOTE));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    contacts.add(new ProspectContact(on, kind, note.strip(), by));
  }

  /** The particulars the case opens with when the person hands in an application. */
  public Applicant applicant(LocalDate applicationDate) {
    return new Applicant(
        name,
        sex,
        citizenId,
        ethnicity,
        birthDate,
        education,
        phone,
        jobPost,
        frontline,
        technician,
        teamLeader,
        applicationDate);
  }

  /** The person applied on {@code on}: the case carries on from here. */
  public void applied(Long caseId, LocalDate on) {
    inSight();
    if (on.isBefore(since)) {
      throw new ValidationException(
          List.of(new Violation("applicationDate", "prospect.applied.beforeSince", since)));
    }
    this.state = ProspectState.APPLIED;
    this.caseId = caseId;
    this.closedOn = on;
  }

  /** Let go (left the unit, no longer in view), with a reason; the record stays. */
  public void drop(String reason, LocalDate on) {
    inSight();
    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
      throw new ValidationException(List.of(new Violation("reason", "prospect.drop.reason", 200)));
    }
    this.state = ProspectState.DROPPED;
    this.dropReason = reason.strip();
    this.closedOn = on;
  }

  /** Only a person still in sight has a cultivation record that changes. */
  public void inSight() {
    if (state != ProspectState.IN_SIGHT) {
      throw new ConflictException("prospect.closed", name, state);
    }
  }

  /** The sources the person counts under today (the pool's make-up against the goal). */
  public Set<Source> sources(SourcePolicy policy, LocalDate on) {
    return policy.sourcesOf(frontline, technician, teamLeader, education, birthDate, on);
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public Sex getSex() {
    return sex;
  }

  public String getCitizenId() {
    return citizenId;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Education getEducation() {
    return education;
  }

  public String getJobPost() {
    return jobPost;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public Long getGuideId() {
    return guideId;
  }

  public String getGuideName() {
    return guideName;
  }

  public LocalDate getSince() {
    return since;
  }

  public ProspectState getState() {
    return state;
  }

  public Long getCaseId() {
    return caseId;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getDropReason() {
    return dropReason;
  }

  public List<ProspectContact> getContacts() {
    return Collections.unmodifiableList(contacts);
  }
}
