package cn.dangjian.application.education;

import cn.dangjian.domain.education.QuestionKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A lesson as the course's editor writes it; the course checks it (title, text or video, hours, the
 * quiz and its pass mark).
 */
public record LessonData(
    String title,
    String body,
    String videoUrl,
    BigDecimal hours,
    Integer passPercent,
    List<Question> questions)
    implements Serializable {

  /** {@code right}: the positions (from 0) of the right choices. */
  public record Question(
      String text, QuestionKind kind, List<String> choices, Set<Integer> right, String explanation)
      implements Serializable {}
}
