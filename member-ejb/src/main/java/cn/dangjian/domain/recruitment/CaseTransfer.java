package cn.dangjian.domain.recruitment;

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
import java.time.LocalDate;

/** A move of the case to another unit (art. 12), with the names of both as they were that day. */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "caseTransferSeq",
      sequenceName = "case_transfer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseTransferSeq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private RecruitmentCase recruitmentCase;

  @Column(name = "moved_on", nullable = false)
  private LocalDate on;

  @Column(name = "from_org_id", nullable = false)
  private Long fromId;

  @Column(name = "from_org_name", nullable = false, length = 100)
  private String fromName;

  @Column(name = "to_org_id", nullable = false)
  private Long toId;

  @Column(name = "to_org_name", nullable = false, length = 100)
  private String toName;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "moved_by", nullable = false, length = 64)
  private String movedBy;

  protected CaseTransfer() {}

  CaseTransfer(
      RecruitmentCase c,
      LocalDate on,
      Long fromId,
      String fromName,
      Long toId,
      String toName,
      String reason,
      String movedBy) {
    this.recruitmentCase = c;
    this.on = on;
    this.fromId = fromId;
    this.fromName = fromName;
    this.toId = toId;
    this.toName = toName;
    this.reason = reason;
    this.movedBy = movedBy;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getOn() {
    return on;
  }

  public String getFromName() {
    return fromName;
  }

  public String getToName() {
    return toName;
  }

  public String getReason() {
    return reason;
  }

  public String getMovedBy() {
    return movedBy;
  }
}
