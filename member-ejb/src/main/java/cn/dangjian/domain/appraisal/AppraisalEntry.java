package cn.dangjian.domain.appraisal;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One appraised member: their self-assessment, the poll's counts for them (kept as figures only,
 * never by voter), and the branch's decision.
 */
@Entity
@Table(name = "appraisal_entry")
public class AppraisalEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "appraisal_id")
  private Appraisal appraisal;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "member_name", nullable = false, length = 100)
  private String memberName;

  @Column(name = "self_assessment", length = Appraisal.MAX_SELF)
  private String selfAssessment;

  @Column(name = "self_assessed_by", length = 100)
  private String selfAssessedBy;

  @Column(name = "self_assessed_on")
  private LocalDate selfAssessedOn;

  @Column(name = "votes_excellent", nullable = false)
  private int votesExcellent;

  @Column(name = "votes_qualified", nullable = false)
  private int votesQualified;

  @Column(name = "votes_basic", nullable = false)
  private int votesBasic;

  @Column(name = "votes_unqualified", nullable = false)
  private int votesUnqualified;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Grade grade;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up", length = 20)
  private FollowUp followUp;

  @Column(name = "follow_up_by")
  private LocalDate followUpBy;

  @Column(name = "decision_note", length = Appraisal.MAX_NOTE)
  private String decisionNote;

  protected AppraisalEntry() {}

  AppraisalEntry(Appraisal appraisal, Appraised member) {
    this.appraisal = appraisal;
    this.memberId = member.memberId();
    this.memberName = member.name();
  }

  void assess(String text, String by, LocalDate on) {
    this.selfAssessment = text;
    this.selfAssessedBy = by;
    this.selfAssessedOn = on;
  }

  void decide(Decision d) {
    this.grade = d.grade();
    this.followUp = d.followUp();
    this.followUpBy = d.followUp() == FollowUp.CORRECTION ? d.followUpBy() : null;
    this.decisionNote = d.note() == null || d.note().isBlank() ? null : d.note().strip();
  }

  /** The poll's count of this grade for the member. */
  public int votes(Grade g) {
    return switch (g) {
      case EXCELLENT -> votesExcellent;
      case QUALIFIED -> votesQualified;
      case BASICALLY_QUALIFIED -> votesBasic;
      case UNQUALIFIED -> votesUnqualified;
    };
  }

  /** The column of a grade's count, for the repository's counting update. */
  public static String votesField(Grade g) {
    return switch (g) {
      case EXCELLENT -> "votesExcellent";
      case QUALIFIED -> "votesQualified";
      case BASICALLY_QUALIFIED -> "votesBasic";
      case UNQUALIFIED -> "votesUnqualified";
    };
  }

  public Long getId() {
    return id;
  }

  public Appraisal getAppraisal() {
    return appraisal;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberName() {
    return memberName;
  }

  public String getSelfAssessment() {
    return selfAssessment;
  }

  public String getSelfAssessedBy() {
    return selfAssessedBy;
  }

  public LocalDate getSelfAssessedOn() {
    return selfAssessedOn;
  }

  public Grade getGrade() {
    return grade;
  }

  public FollowUp getFollowUp() {
    return followUp;
  }

  public LocalDate getFollowUpBy() {
    return followUpBy;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
