package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

  /** An excuse without its reason, for each such mark. */
  public static List<Violation> unexplained(Collection<Attendance> marks) {
    List<Violation> problems = new ArrayList<>();
    for (Attendance a : marks) {
      if (a.presence == Presence.EXCUSED && (a.reason == null || a.reason.isBlank())) {
        problems.add(new Violation("reason", "study.attendance.reason"));
      }
    }
    return problems;
  }

  /** Those marked present. */
  public static Set<Long> present(Collection<Attendance> marks) {
    return marks.stream()
        .filter(a -> a.presence == Presence.PRESENT)
        .map(Attendance::getMemberId)
        .collect(Collectors.toUnmodifiableSet());
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
