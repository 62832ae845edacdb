package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.CourseService;
import cn.dangjian.application.education.LessonView;
import cn.dangjian.application.education.QuizOutcome;
import cn.dangjian.domain.education.QuestionKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lesson as a member studies it: text and video, then its quiz (answers explained after each
 * attempt, retries allowed) or, without one, "I have finished it".
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CourseService courses;

  private Long id;
  private LessonView lesson;
  private List<Answer> answers;
  private QuizOutcome outcome;

  /** The member's choice for one question: one letter, or several. */
  public static class Answer implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LessonView.Question question;
    private Integer single;
    private List<Integer> several = new ArrayList<>();

    Answer(LessonView.Question question) {
      this.question = question;
    }

    public LessonView.Question getQuestion() {
      return question;
    }

    public boolean isMultiple() {
      return question.kind() == QuestionKind.MULTIPLE;
    }

    Set<Integer> chosen() {
      return isMultiple() ? new HashSet<>(several) : single == null ? Set.of() : Set.of(single);
    }

    public Integer getSingle() {
      return single;
    }

    public void setSingle(Integer single) {
      this.single = single;
    }

    public List<Integer> getSeveral() {
      return several;
    }

    public void setSeveral(List<Integer> several) {
      this.several = several == null ? new ArrayList<>() : several;
    }
  }

  public void load() {
    lesson = courses.lesson(id);
    answers = lesson.questions().stream().map(Answer::new).toList();
  }

  public void submit() {
    try {
      outcome = courses.answer(id, answers.stream().map(Answer::chosen).toList());
      lesson = courses.lesson(id);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "quiz", Map.of("answers", "submit"));
    }
  }

  public String finish() {
    try {
      courses.finish(id);
      return "/lesson.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "done", Map.of());
      return null;
    }
  }

  /** The letter of a choice: A, B, C… */
  public String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  public String letters(Set<Integer> indexes) {
    StringBuilder s = new StringBuilder();
    indexes.stream().sorted().forEach(i -> s.append(letter(i)));
    return s.toString();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LessonView getLesson() {
    return lesson;
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  public QuizOutcome getOutcome() {
    return outcome;
  }
}
