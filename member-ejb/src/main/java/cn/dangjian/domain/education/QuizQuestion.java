package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A question of a lesson's quiz: its choices, the right ones (one for a single choice, one or more
 * for a multiple choice) and the explanation the member reads after answering.
 */
@Embeddable
public class QuizQuestion implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int TEXT_LENGTH = 500;
  public static final int CHOICE_LENGTH = 200;
  public static final int EXPLANATION_LENGTH = 1000;
  public static final int MIN_CHOICES = 2;
  public static final int MAX_CHOICES = 6;

  @Column(name = "question", nullable = false, length = TEXT_LENGTH)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private QuestionKind kind;

  /** One choice per line. */
  @Column(nullable = false, length = MAX_CHOICES * (CHOICE_LENGTH + 1))
  private String choices;

  /** The right choices' positions (from 0), comma-separated, ascending. */
  @Column(nullable = false, length = 20)
  private String answer;

  @Column(length = EXPLANATION_LENGTH)
  private String explanation;

  protected QuizQuestion() {}

  public QuizQuestion(
      String text,
      QuestionKind kind,
      List<String> choices,
      Set<Integer> right,
      String explanation) {
    List<String> options =
        choices == null
            ? List.of()
            : choices.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
      throw invalid("course.quiz.text", TEXT_LENGTH);
    }
    if (options.size() < MIN_CHOICES
        || options.size() > MAX_CHOICES
        || options.stream().anyMatch(c -> c.length() > CHOICE_LENGTH || c.contains("\n"))) {
      throw invalid("course.quiz.choices", MIN_CHOICES, MAX_CHOICES, CHOICE_LENGTH);
    }
    Set<Integer> rightOnes = right == null ? Set.of() : new TreeSet<>(right);
    if (kind == null
        || rightOnes.isEmpty()
        || rightOnes.stream().anyMatch(i -> i == null || i < 0 || i >= options.size())
        || (kind == QuestionKind.SINGLE && rightOnes.size() != 1)) {
      throw invalid("course.quiz.answer");
    }
    if (explanation != null && explanation.strip().length() > EXPLANATION_LENGTH) {
      throw invalid("course.quiz.explanation", EXPLANATION_LENGTH);
    }
    this.text = text.strip();
    this.kind = kind;
    this.choices = String.join("\n", options);
    this.answer = rightOnes.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
  }

  private static ValidationException invalid(String key, Object... args) {
    return new ValidationException(List.of(new Violation("questions", key, args)));
  }

  /** Right when exactly the right choices are chosen: a multiple choice has no part marks. */
  public boolean isAnsweredBy(Set<Integer> chosen) {
    return chosen != null && chosen.equals(right());
  }

  public Set<Integer> right() {
    return Arrays.stream(answer.split(","))
        .map(Integer::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public List<String> choices() {
    return List.of(choices.split("\n"));
  }

  public String getText() {
    return text;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getExplanation() {
    return explanation;
  }
}
