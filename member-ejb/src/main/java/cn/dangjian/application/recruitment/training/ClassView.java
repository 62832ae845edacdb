package cn.dangjian.application.recruitment.training;

import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.domain.shared.Violation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A class with its sessions and the enrolments the caller may see, attendance counted. */
public record ClassView(
    Long id,
    int version,
    String title,
    Audience audience,
    String organizer,
    LocalDate startsOn,
    LocalDate endsOn,
    int passMark,
    BigDecimal totalHours,
    boolean mayManage,
    List<SessionView> sessions,
    List<EnrolmentView> enrolments)
    implements Serializable {

  public record SessionView(
      Long id, LocalDate heldOn, BigDecimal hours, String topic, String teacher, boolean held)
      implements Serializable {}

  public record EnrolmentView(
      Long id,
      Long caseId,
      String name,
      String branch,
      Standing standing,
      Set<Long> attendedSessions,
      int days,
      BigDecimal hours,
      Integer examScore,
      String certificateNo,
      LocalDate certifiedOn,
      List<Violation> missing)
      implements Serializable {

    public boolean attended(Long sessionId) {
      return attendedSessions.contains(sessionId);
    }
  }
}
