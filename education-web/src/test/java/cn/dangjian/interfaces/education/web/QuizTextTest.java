package cn.dangjian.interfaces.education.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.application.education.LessonData;
import cn.dangjian.domain.education.QuestionKind;
import cn.dangjian.domain.shared.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizTextTest {
  private static final QuizText QUIZ = new QuizText("答案|answer", "解析|explanation");

  @Test
  void questionsAreReadAsQuestionBanksWriteThem() {
    List<LessonData.Question> quiz =
        QUIZ.parse(
            """
            党的最高理想和最终目标是？
            A. 实现共产主义
            B、全面建成小康社会
            答案：A
            解析：见党章总纲。

            三会一课包括
            哪些会议？
            A．支部党员大会
            B) 支委会
            C. 党小组会
            D. 茶话会
            答案：A,B,C
            """);
    assertEquals(2, quiz.size());
    assertEquals(QuestionKind.SINGLE, quiz.get(0).kind());
    assertEquals(List.of("实现共产主义", "全面建成小康社会"), quiz.get(0).choices());
    assertEquals(Set.of(0), quiz.get(0).right());
    assertEquals("见党章总纲。", quiz.get(0).explanation());
    assertEquals("三会一课包括 哪些会议？", quiz.get(1).text());
    assertEquals(QuestionKind.MULTIPLE, quiz.get(1).kind());
    assertEquals(Set.of(0, 1, 2), quiz.get(1).right());
    assertTrue(QUIZ.parse("  ").isEmpty());
  }

  @Test
  void aQuestionWithoutItsAnswerIsNamedByItsNumber() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> QUIZ.parse("题一\nA. 是\nB. 否\n答案：A\n\n题二\nA. 是\nB. 否"));
    assertEquals("course.quiz.format", e.violations().get(0).key());
    assertEquals(List.of(2), e.violations().get(0).args());
  }
}
