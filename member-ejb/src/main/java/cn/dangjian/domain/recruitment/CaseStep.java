package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.Flag;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One recorded step of a case: its date, the edition it was judged by, who recorded it and the
 * facts the rules look at (period, hours, vote, outcome, people). Steps are never edited; a
 * correction is a new record of a repeatable step or a withdrawal.
 */
@Entity
@Table(name = "case_step")
public class CaseStep implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "caseStepSeq", sequenceName = "case_step_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseStepSeq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private RecruitmentCase recruitmentCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Step step;

  @Column(name = "done_on", nullable = false)
  private LocalDate on;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Edition edition;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Outcome outcome;

  /** A kind within the step: how an activist was put forward (art. 8). */
  @Column(length = 30)
  private String subtype;

  /** The written conclusion, opinion or result the step produced. */
  @Column(length = 2000)
  private String note;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "days_count")
  private Integer days;

  @Column(precision = 6, scale = 1)
  private BigDecimal hours;

  /** A public notice raised a problem that blocks listing as candidate (art. 13). */
  @Convert(converter = Flag.class)
  @Column(name = "issue_raised", nullable = false)
  private boolean issueRaised;

  @Embedded private Vote vote;

  @Column(name = "extension_reason", length = 500)
  private String extensionReason;

  /** The day the candidate is expected to leave the unit, as known at pre-review (art. 18). */
  @Column(name = "leaving_on")
  private LocalDate leavingOn;

  /** The organization that decided: the branch, or the committee for committee steps. */
  @Column(name = "decided_by_org")
  private Long decidedByOrg;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /**
   * The step's name when it happens once in a case, else nothing: the database keeps it unique per
   * case, so that two servers recording it at the same moment cannot both succeed.
   */
  @Column(name = "once_step", length = 30)
  private String onceStep;

  @OneToMany(mappedBy = "step", cascade = CascadeType.PERSIST)
  private List<CasePerson> people = new ArrayList<>();

  protected CaseStep() {}

  CaseStep(
      RecruitmentCase c, StepRecord r, Long decidedByOrg, String recordedBy, Instant recordedAt) {
    this.recruitmentCase = c;
    this.step = r.step();
    this.on = r.on();
    this.edition = Edition.nationalOn(r.on());
    this.outcome = r.outcome();
    this.subtype = r.subtype();
    this.note = r.note();
    this.periodFrom = r.periodFrom();
    this.periodTo = r.periodTo();
    this.days = r.days();
    this.hours = r.hours();
    this.issueRaised = r.issueRaised();
    this.vote = r.vote();
    this.extensionReason = r.extensionReason();
    this.leavingOn = r.leavingOn();
    this.decidedByOrg = decidedByOrg;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.onceStep = r.step().repeatable() ? null : r.step().name();
    for (PersonFacts p : r.people()) {
      people.add(
          new CasePerson(
              this,
              r.step() == Step.MENTORS_ASSIGNED
                  ? PersonRole.MENTOR
                  : r.step() == Step.SPONSORS_ASSIGNED ? PersonRole.SPONSOR : PersonRole.TALKER,
              p.memberId(),
              p.name()));
    }
  }

  public Long getId() {
    return id;
  }

  public RecruitmentCase getCase() {
    return recruitmentCase;
  }

  public Step getStep() {
    return step;
  }

  public LocalDate getOn() {
    return on;
  }

  public Edition getEdition() {
    return edition;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getSubtype() {
    return subtype;
  }

  public String getNote() {
    return note;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public Integer getDays() {
    return days;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public boolean isIssueRaised() {
    return issueRaised;
  }

  public Vote getVote() {
    return vote;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public LocalDate getLeavingOn() {
    return leavingOn;
  }

  public Long getDecidedByOrg() {
    return decidedByOrg;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<CasePerson> getPeople() {
    return people;
  }

  public boolean passed() {
    return outcome != Outcome.FAILED;
  }
}
