package cn.dangjian.domain.recruitment.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One session of a class: its day, its 学时, topic and teacher. */
@Entity
@Table(name = "training_session")
public class TrainingSession implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "trainingSessionSeq",
      sequenceName = "training_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainingSessionSeq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "class_id")
  private TrainingClass trainingClass;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, precision = 4, scale = 1)
  private BigDecimal hours;

  @Column(nullable = false, length = 200)
  private String topic;

  @Column(length = 50)
  private String teacher;

  protected TrainingSession() {}

  TrainingSession(
      TrainingClass trainingClass,
      LocalDate heldOn,
      BigDecimal hours,
      String topic,
      String teacher) {
    this.trainingClass = trainingClass;
    this.heldOn = heldOn;
    this.hours = hours;
    this.topic = topic;
    this.teacher = teacher;
  }

  public boolean heldBy(LocalDate today) {
    return !heldOn.isAfter(today);
  }

  public Long getId() {
    return id;
  }

  public TrainingClass getTrainingClass() {
    return trainingClass;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getTopic() {
    return topic;
  }

  public String getTeacher() {
    return teacher;
  }
}
