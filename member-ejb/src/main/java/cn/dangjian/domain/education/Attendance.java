package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** One member's attendance at a study session, as the organizer recorded it. */
@Embeddable
public class Attendance implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Presence presence;

  @Column(length = StudySession.REASON_LENGTH)
  private String reason;

  protected Attendance() {}

  public Attendance(Long memberId, Presence presence, String reason) {
    this.memberId = memberId;
    this.presence = presence;
    this.reason = reason;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Presence getPresence() {
    return presence;
  }

  public String getReason() {
    return reason;
  }
}
