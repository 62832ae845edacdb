package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.Flag;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.LookupKey;
import cn.dangjian.domain.shared.Sealed;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One person's way into the party (发展党员), from the application to conversion or a side exit. It
 * keeps the person's particulars until admission creates their member record, and every step with
 * its date, people and facts. Moving to another unit keeps the case, and so the cultivation time
 * (art. 12).
 */
@Entity
@Table(name = "recruitment_case")
public class RecruitmentCase implements Serializable, InOrganization {
  static final int MIN_EXTENSION_MONTHS = 6;
  static final int MAX_EXTENSION_MONTHS = 12;
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "caseSeq", sequenceName = "recruitment_case_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseSeq")
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

  /** The citizen id again, stored as its keyed index: unique, and how an exact id is found. */
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status = CaseStatus.OPEN;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Standing standing = Standing.APPLICANT;

  @Column(name = "application_date", nullable = false)
  private LocalDate applicationDate;

  /** The member record created on admission. */
  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "probation_end")
  private LocalDate probationEnd;

  @Column(name = "probation_extended_months")
  private Integer probationExtendedMonths;

  /** Moved to another unit during probation (art. 35). */
  @Convert(converter = Flag.class)
  @Column(name = "moved_in_probation", nullable = false)
  private boolean movedInProbation;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closing_reason", length = 500)
  private String closingReason;

  @OneToMany(mappedBy = "recruitmentCase", cascade = CascadeType.PERSIST)
  @OrderBy("on, id")
  private List<CaseStep> steps = new ArrayList<>();

  /**
   * Counts recorded steps; as a change of the case itself it raises the version, so that two
   * clients recording from the same version cannot both succeed.
   */
  @Column(name = "steps_recorded", nullable = false)
  private int stepsRecorded;

  @OneToMany(mappedBy = "recruitmentCase", cascade = CascadeType.PERSIST)
  @OrderBy("on, id")
  private List<CaseTransfer> transfers = new ArrayList<>();

  protected RecruitmentCase() {}

  public RecruitmentCase(Applicant a, Organization branch) {
    this.name = a.name().strip();
    this.sex = a.sex();
    this.citizenId = a.citizenId();
    this.citizenIdKey = citizenId;
    this.ethnicity = a.ethnicity().strip();
    this.birthDate = a.birthDate();
    this.education = a.education();
    this.phone = a.phone();
    this.jobPost = a.jobPost();
    this.frontline = a.frontline();
    this.technician = a.technician();
    this.teamLeader = a.teamLeader();
    this.applicationDate = a.applicationDate();
    moveTo(branch);
  }

  /** The person's particulars as handed in. */
  public Applicant applicant() {
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

  /** A case is kept by a branch or a party group's branch, where the branch meeting votes. */
  public static boolean receives(Organization o) {
    return o.getKind().holdsMembers();
  }

  /** The case follows the person; what was done stays (art. 12). */
  public final void moveTo(Organization branch) {
    this.organization = branch;
    this.orgPath = branch.getPath();
  }

  /**
   * Moves the case to another branch with the person; its steps, and so the cultivation time, stay
   * with it (art. 12). A probationary member's conversion may then wait up to 6 months (art. 35).
   */
  public void transfer(Organization to, LocalDate on, String reason, String by) {
    if (!status.isOpen() || standing == Standing.FULL) {
      throw new DomainException(
          "recruitment.transfer.standing", "enum.Standing." + standing.name());
    }
    if (to.getId().equals(organization.getId())) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "recruitment.transfer.same")));
    }
    LocalDate last = steps.isEmpty() ? applicationDate : steps.get(steps.size() - 1).getOn();
    if (on.isBefore(last)) {
      throw new ValidationException(
          List.of(new Violation("on", "recruitment.step.beforeLast", on, last)));
    }
    transfers.add(
        new CaseTransfer(
            this,
            on,
            organization.getId(),
            organization.getName(),
            to.getId(),
            to.getName(),
            reason,
            by));
    moveTo(to);
    if (standing == Standing.PROBATIONARY) {
      movedInProbation = true;
    }
  }

  /**
   * Records a step that the rules allowed, and moves the case on. The case itself refuses a step
   * out of order: the application first, then only a step whose predecessors are done.
   */
  public CaseStep record(StepRecord r, Long decidedByOrg, String user, Instant at) {
    requireNext(r.step());
    CaseStep s = new CaseStep(this, r, decidedByOrg, user, at);
    steps.add(s);
    stepsRecorded++;
    steps.sort(Comparator.comparing(CaseStep::getOn).thenComparing(x -> x.getStep().number()));
    switch (r.step()) {
      case ACTIVIST_DECIDED -> standing = Standing.ACTIVIST;
      case CANDIDATE_DECIDED -> standing = Standing.CANDIDATE;
      case ADMISSION_MEETING, ADMISSION_APPROVAL -> {
        if (!s.passed()) {
          close(CaseStatus.NOT_ADMITTED, r.on(), r.note());
        }
      }
      case CONVERSION_APPROVAL -> {
        if (s.passed()) {
          standing = Standing.FULL;
        }
      }
      case ARCHIVED -> {
        // the last step: the papers are filed (art. 36), the case is done
        status = CaseStatus.CONVERTED;
        closedOn = r.on();
      }
      default -> {}
    }
    return s;
  }

  /**
   * Admission: the person is now a probationary member; probation runs a year from the branch
   * meeting (art. 31).
   */
  public void admitted(Long newMemberId) {
    this.memberId = newMemberId;
    this.standing = Standing.PROBATIONARY;
    this.probationEnd =
        latest(Step.ADMISSION_MEETING).map(m -> m.getOn().plusYears(1)).orElseThrow();
  }

  /**
   * The branch ends a case before admission; an admitted person leaves only by art. 31 or the
   * member rules.
   */
  public void withdraw(LocalDate on, String reason) {
    requireOpen();
    if (standing == Standing.PROBATIONARY || standing == Standing.FULL) {
      throw new DomainException("recruitment.case.closed", standing);
    }
    close(CaseStatus.WITHDRAWN, on, reason);
  }

  /** Art. 31: the probation may be extended once, by 6 to 12 months. */
  public void extendProbation(int months) {
    requireOpen();
    if (standing != Standing.PROBATIONARY) {
      throw new DomainException("recruitment.extension.notProbationary");
    }
    if (probationExtendedMonths != null) {
      throw new DomainException("recruitment.extension.once");
    }
    if (months < MIN_EXTENSION_MONTHS || months > MAX_EXTENSION_MONTHS) {
      throw new ValidationException(
          List.of(new Violation("months", "recruitment.extension.range")));
    }
    this.probationExtendedMonths = months;
    this.probationEnd = probationEnd.plusMonths(months);
  }

  /**
   * Art. 31: the probation is cancelled; the person leaves the member database, the case keeps the
   * story.
   */
  public void probationCancelled(LocalDate on, String reason) {
    requireOpen();
    if (standing != Standing.PROBATIONARY) {
      throw new DomainException("recruitment.cancel.notProbationary");
    }
    LocalDate meeting = latest(Step.ADMISSION_MEETING).orElseThrow().getOn();
    if (on.isBefore(meeting)) {
      throw new ValidationException(
          List.of(new Violation("on", "recruitment.step.beforeLast", on, meeting)));
    }
    close(CaseStatus.PROBATION_CANCELLED, on, reason);
    this.memberId = null;
  }

  /**
   * Refuses a step the case cannot take now: it is closed, or the step's predecessors are not done.
   */
  public void requireNext(Step step) {
    requireOpen();
    boolean inOrder =
        steps.isEmpty() ? step == Step.APPLICATION : Pipeline.nextSteps(this).contains(step);
    if (!inOrder) {
      throw new DomainException("recruitment.step.notNext", step);
    }
  }

  /** A closed case takes no step, exit or change. */
  public void requireOpen() {
    if (!status.isOpen()) {
      throw new DomainException("recruitment.case.closed", status);
    }
  }

  private void close(CaseStatus end, LocalDate on, String reason) {
    this.status = end;
    this.closedOn = on;
    this.closingReason = reason;
  }

  public Optional<CaseStep> latest(Step step) {
    CaseStep found = null;
    for (CaseStep s : steps) {
      if (s.getStep() == step) {
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  public List<CaseStep> all(Step step) {
    return steps.stream().filter(s -> s.getStep() == step).toList();
  }

  public boolean done(Step step) {
    return latest(step).isPresent();
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

  public String getEthnicity() {
    return ethnicity;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Education getEducation() {
    return education;
  }

  public String getPhone() {
    return phone;
  }

  public String getJobPost() {
    return jobPost;
  }

  public boolean isFrontline() {
    return frontline;
  }

  public boolean isTechnician() {
    return technician;
  }

  public boolean isTeamLeader() {
    return teamLeader;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public Standing getStanding() {
    return standing;
  }

  public LocalDate getApplicationDate() {
    return applicationDate;
  }

  public Long getMemberId() {
    return memberId;
  }

  public LocalDate getProbationEnd() {
    return probationEnd;
  }

  public Integer getProbationExtendedMonths() {
    return probationExtendedMonths;
  }

  public boolean isMovedInProbation() {
    return movedInProbation;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getClosingReason() {
    return closingReason;
  }

  public List<CaseStep> getSteps() {
    return List.copyOf(steps);
  }

  public List<CaseTransfer> getTransfers() {
    return List.copyOf(transfers);
  }
}
