package cn.dangjian.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;

/** One talk, activity or help recorded for a person in the branch's sight. */
@Embeddable
public class ProspectContact implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "contact_on", nullable = false)
  private LocalDate on;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ContactKind kind;

  @Column(nullable = false, length = Prospect.MAX_NOTE)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected ProspectContact() {}

  ProspectContact(LocalDate on, ContactKind kind, String note, String recordedBy) {
    this.on = on;
    this.kind = kind;
    this.note = note;
    this.recordedBy = recordedBy;
  }

  public LocalDate getOn() {
    return on;
  }

  public ContactKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
