package cn.dangjian.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** That an organization was reminded of a kind of meeting not yet held in a period: once. */
@Entity
@Table(name = "org_meeting_reminder")
public class MeetingReminder implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id", nullable = false)
  private Long organizationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeetingKind kind;

  @Column(nullable = false, length = 10)
  private String period;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  protected MeetingReminder() {}

  public MeetingReminder(Long organizationId, MeetingKind kind, String period, LocalDate sentOn) {
    this.organizationId = organizationId;
    this.kind = kind;
    this.period = period;
    this.sentOn = sentOn;
  }
}
