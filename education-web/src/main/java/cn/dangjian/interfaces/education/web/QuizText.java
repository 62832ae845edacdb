package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.LessonData;
import cn.dangjian.domain.education.QuestionKind;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quiz typed the way question banks are written, one question per block, blocks apart by a blank
 * line:
 *
 * <pre>
 * 党的最高理想和最终目标是？
 * A. 实现共产主义
 * B. 全面建成小康社会
 * 答案：A
 * 解析：见党章总纲。
 * </pre>
 *
 * One right letter makes a single choice, more a multiple choice; the course checks the rest.
 */
final class QuizText {
  private static final Pattern CHOICE = Pattern.compile("^([A-Fa-f])[.．、)）]\\s*(.*)$");
  private static final Pattern ANSWER =
      Pattern.compile("^(?:答案|answer)\\s*[:：]\\s*([A-Fa-f,，、 ]+)$");
  private static final Pattern EXPLANATION =
      Pattern.compile("^(?:解析|explanation)\\s*[:：]\\s*(.*)$");

  private QuizText() {}

  static List<LessonData.Question> parse(String text) {
    List<LessonData.Question> questions = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return questions;
    }
    String[] blocks = text.strip().split("\\R\\s*\\R");
    for (int b = 0; b < blocks.length; b++) {
      questions.add(question(blocks[b].strip().split("\\R"), b + 1));
    }
    return questions;
  }

  private static LessonData.Question question(String[] lines, int number) {
    StringBuilder question = new StringBuilder();
    List<String> choices = new ArrayList<>();
    Set<Integer> right = new TreeSet<>();
    String explanation = null;
    for (String raw : lines) {
      String line = raw.strip();
      Matcher choice = CHOICE.matcher(line);
      Matcher answer = ANSWER.matcher(line);
      Matcher explained = EXPLANATION.matcher(line);
      if (answer.matches()) {
        for (char c : answer.group(1).toUpperCase().toCharArray()) {
          if (c >= 'A' && c <= 'F') {
            right.add(c - 'A');
          }
        }
      } else if (explained.matches()) {
        explanation = explained.group(1);
      } else if (choice.matches()
          && choices.size() == choice.group(1).toUpperCase().charAt(0) - 'A') {
        choices.add(choice.group(2));
      } else if (choices.isEmpty()) {
        question.append(question.length() == 0 ? "" : " ").append(line);
      } else {
        throw new ValidationException(List.of(new Violation("quiz", "course.quiz.format", number)));
      }
    }
    if (right.isEmpty()) {
      throw new ValidationException(List.of(new Violation("quiz", "course.quiz.format", number)));
    }
    return new LessonData.Question(
        question.toString(),
        right.size() == 1 ? QuestionKind.SINGLE : QuestionKind.MULTIPLE,
        choices,
        right,
        explanation);
  }
}
