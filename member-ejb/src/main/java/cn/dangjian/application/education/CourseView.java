package cn.dangjian.application.education;

import cn.dangjian.domain.member.MemberKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A course with its lessons; {@code finished} counts the caller's own finished lessons (a member's
 * progress, shown to the member alone). {@code mayEdit}: the caller keeps the course's
 * organization.
 */
public record CourseView(
    Long id,
    int version,
    String title,
    String summary,
    String organization,
    String audienceOrganization,
    MemberKind audience,
    LocalDate opensOn,
    LocalDate closesOn,
    boolean open,
    BigDecimal hours,
    int finished,
    boolean mayEdit,
    List<LessonLine> lessons)
    implements Serializable {

  public record LessonLine(
      Long id, int position, String title, BigDecimal hours, boolean quiz, boolean finished)
      implements Serializable {}

  public int lessonCount() {
    return lessons.size();
  }
}
