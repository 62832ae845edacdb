package cn.dangjian.domain.care;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's need for care, since a day (a hardship of a kind, living alone, an illness), and the
 * day it ended: the record keeps them all, as the member's history of care. Personal data: seen
 * only by those who care for the member and their committee.
 */
@Entity
@Table(name = "care_need")
public class CareNeed implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_NOTE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NeedKind kind;

  @Column(name = "since_on", nullable = false)
  private LocalDate since;

  @Column(length = MAX_NOTE)
  private String note;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CareNeed() {}

  public CareNeed(
      Long memberId,
      NeedKind kind,
      LocalDate since,
      String note,
      LocalDate today,
      String user,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new Violation("kind", "care.need.kind"));
    }
    if (since == null || since.isAfter(today)) {
      problems.add(new Violation("since", "care.date.invalid"));
    }
    if (note != null && note.strip().length() > MAX_NOTE) {
      problems.add(new Violation("note", "member.field.tooLong", MAX_NOTE));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.memberId = memberId;
    this.kind = kind;
    this.since = since;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.recordedBy = user;
    this.recordedAt = at;
  }

  /** The need is over (the hardship overcome, recovered); the record stays. */
  public void end(LocalDate on, LocalDate today) {
    if (endedOn != null) {
      throw new ValidationException(List.of(new Violation("on", "care.need.ended")));
    }
    if (on == null || on.isBefore(since) || on.isAfter(today)) {
      throw new ValidationException(List.of(new Violation("on", "care.date.invalid")));
    }
    this.endedOn = on;
  }

  public boolean isOpen() {
    return endedOn == null;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public NeedKind getKind() {
    return kind;
  }

  public LocalDate getSince() {
    return since;
  }

  public String getNote() {
    return note;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }
}
