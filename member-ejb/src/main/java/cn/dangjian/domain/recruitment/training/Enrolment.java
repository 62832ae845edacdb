package cn.dangjian.domain.recruitment.training;

import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.RuleBook;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's place in a class: the sessions they attended, the exam and the certificate. Days and
 * 学时 are counted from attendance, never typed; a candidate's certificate needs at least 3 days or
 * 24 学时 (art. 17) and a passed exam.
 */
@Entity
@Table(name = "training_enrolment")
public class Enrolment implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_SCORE = 100;

  @Id
  @SequenceGenerator(name = "enrolmentSeq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolmentSeq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "class_id")
  private TrainingClass trainingClass;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private RecruitmentCase recruitmentCase;

  @Column(name = "exam_score")
  private Integer examScore;

  @Column(name = "certificate_no", length = 30)
  private String certificateNo;

  @Column(name = "certified_on")
  private LocalDate certifiedOn;

  @ManyToMany
  @JoinTable(
      name = "training_attendance",
      joinColumns = @JoinColumn(name = "enrolment_id"),
      inverseJoinColumns = @JoinColumn(name = "session_id"))
  private Set<TrainingSession> attended = new HashSet<>();

  protected Enrolment() {}

  Enrolment(TrainingClass trainingClass, RecruitmentCase recruitmentCase) {
    this.trainingClass = trainingClass;
    this.recruitmentCase = recruitmentCase;
  }

  void attended(TrainingSession s, boolean present) {
    if (present) {
      attended.add(s);
    } else {
      attended.remove(s);
    }
  }

  void exam(Integer score) {
    this.examScore = score;
  }

  void certify(LocalDate on, String number) {
    this.certifiedOn = on;
    this.certificateNo = number;
  }

  /** Distinct days with at least one attended session. */
  public int days() {
    return (int) attended.stream().map(TrainingSession::getHeldOn).distinct().count();
  }

  public BigDecimal hours() {
    return attended.stream()
        .map(TrainingSession::getHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean passedExam() {
    return examScore != null && examScore >= trainingClass.getPassMark();
  }

  public boolean certified() {
    return certificateNo != null;
  }

  /** What still stands between this person and the certificate; empty when it may be issued. */
  public List<Violation> missing() {
    List<Violation> v = new ArrayList<>();
    if (trainingClass.getAudience() == Audience.CANDIDATE) {
      if (days() < RuleBook.TRAINING_DAYS
          && hours().compareTo(BigDecimal.valueOf(RuleBook.TRAINING_HOURS)) < 0) {
        v.add(
            new Violation(
                "attendance",
                "training.certificate.hours",
                days(),
                hours().stripTrailingZeros().toPlainString(),
                RuleBook.TRAINING_DAYS,
                RuleBook.TRAINING_HOURS));
      }
    } else if (attended.isEmpty()) {
      v.add(new Violation("attendance", "training.certificate.attendance"));
    }
    if (examScore == null) {
      v.add(new Violation("examScore", "training.certificate.noExam"));
    } else if (!passedExam()) {
      v.add(
          new Violation(
              "examScore", "training.certificate.failed", examScore, trainingClass.getPassMark()));
    }
    return v;
  }

  public Long getId() {
    return id;
  }

  public TrainingClass getTrainingClass() {
    return trainingClass;
  }

  public RecruitmentCase getRecruitmentCase() {
    return recruitmentCase;
  }

  public Integer getExamScore() {
    return examScore;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public LocalDate getCertifiedOn() {
    return certifiedOn;
  }

  public Set<TrainingSession> getAttended() {
    return Set.copyOf(attended);
  }
}
