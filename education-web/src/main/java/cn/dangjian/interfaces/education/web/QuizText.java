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
 * line: the question, its choices "A." "B." … (or "A、", "A)"), then the answer line and an optional
 * explanation line, each led by its label (course.quiz.answerWords and course.quiz.explanationWords
 * of the UI bundle: 答案 and 解析, or answer and explanation). One right letter makes a single choice,
 * more a multiple choice; the course checks the rest.
 */
final class QuizText {
  /** A choice line; the separators include the full-width dot and the ideographic comma. */
  private static final Pattern CHOICE =
      Pattern.compile("^([A-Fa-f])[.\uff0e\u3001)\uff09]\\s*(.*)$");

  private static final String COLON = "\\s*[:\uff1a]\\s*";

  private final Pattern answer;
  private final Pattern explanation;

  /** The labels of the answer and explanation lines, each a "|"-separated list of words. */
  QuizText(String answerWords, String explanationWords) {
    answer =
        Pattern.compile(
            "^(?:" + answerWords + ")" + COLON + "([A-Fa-f,\uff0c\u3001 ]+)$",
            Pattern.CASE_INSENSITIVE);
    explanation =
        Pattern.compile(
            "^(?:" + explanationWords + ")" + COLON + "(.*)$", Pattern.CASE_INSENSITIVE);
  }

  List<LessonData.Question> parse(String text) {
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

  private LessonData.Question question(String[] lines, int number) {
    StringBuilder question = new StringBuilder();
    List<String> choices = new ArrayList<>();
    Set<Integer> right = new TreeSet<>();
    String explained = null;
    for (String raw : lines) {
      String line = raw.strip();
      Matcher choice = CHOICE.matcher(line);
      Matcher answered = answer.matcher(line);
      Matcher explaining = explanation.matcher(line);
      if (answered.matches()) {
        for (char c : answered.group(1).toUpperCase().toCharArray()) {
          if (c >= 'A' && c <= 'F') {
            right.add(c - 'A');
          }
        }
      } else if (explaining.matches()) {
        explained = explaining.group(1);
      } else if (choice.matches()
          && choices.size() == choice.group(1).toUpperCase().charAt(0) - 'A') {
        choices.add(choice.group(2));
      } else if (choices.isEmpty()) {
        question.append(question.length() == 0 ? "" : " ").append(line);
      } else {
        throw malformed(number);
      }
    }
    if (right.isEmpty()) {
      throw malformed(number);
    }
    return new LessonData.Question(
        question.toString(),
        right.size() == 1 ? QuestionKind.SINGLE : QuestionKind.MULTIPLE,
        choices,
        right,
        explained);
  }

  private static ValidationException malformed(int number) {
    return new ValidationException(List.of(new Violation("quiz", "course.quiz.format", number)));
  }
}
