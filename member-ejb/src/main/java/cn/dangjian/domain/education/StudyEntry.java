package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a member's study ledger (学时): hours from one source, made from what the source
 * recorded, never typed; a source credits a member once (unique in the database as well).
 */
@Entity
@Table(name = "study_entry")
public class StudyEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "studyEntrySeq", sequenceName = "study_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studyEntrySeq")
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StudySource source;

  @Column(name = "source_id", nullable = false)
  private Long sourceId;

  @Column(name = "studied_on", nullable = false)
  private LocalDate studiedOn;

  @Column(nullable = false, precision = 5, scale = 1)
  private BigDecimal hours;

  @Column(nullable = false, length = StudySession.TOPIC_LENGTH)
  private String title;

  protected StudyEntry() {}

  public StudyEntry(
      Long memberId,
      StudySource source,
      Long sourceId,
      LocalDate studiedOn,
      BigDecimal hours,
      String title) {
    this.memberId = memberId;
    this.source = source;
    this.sourceId = sourceId;
    this.studiedOn = studiedOn;
    this.hours = hours;
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public StudySource getSource() {
    return source;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public LocalDate getStudiedOn() {
    return studiedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getTitle() {
    return title;
  }
}
