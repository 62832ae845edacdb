package cn.dangjian.application.education;

import cn.dangjian.domain.education.QuestionKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A lesson as a member studies it: the quiz's questions without their answers, whether the caller
 * has finished it, and the next lesson of the course.
 */
public record LessonView(
    Long id,
    Long courseId,
    String course,
    int position,
    String title,
    String body,
    String videoUrl,
    boolean videoHere,
    boolean videoUploaded,
    BigDecimal hours,
    Integer passPercent,
    List<Question> questions,
    boolean finished,
    int attempts,
    Long nextLessonId,
    List<Material> materials)
    implements Serializable {

  public record Question(String text, QuestionKind kind, List<String> choices)
      implements Serializable {}
}
