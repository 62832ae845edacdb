package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A lesson of a course: text, a video (a link, or a file on this server played in the page), and an
 * optional quiz with its pass mark. A member finishes it once: by passing the quiz, or, without
 * one, by saying so; reading time is never measured.
 */
@Entity
@Table(name = "course_lesson")
public class Lesson implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int TITLE_LENGTH = StudySession.TOPIC_LENGTH;
  public static final int BODY_LENGTH = 20_000;
  public static final int VIDEO_LENGTH = 500;
  public static final int MAX_QUESTIONS = 20;

  @Id
  @SequenceGenerator(name = "lessonSeq", sequenceName = "course_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lessonSeq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(name = "ordinal", nullable = false)
  private int position;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(length = BODY_LENGTH)
  private String body;

  @Column(name = "video_url", length = VIDEO_LENGTH)
  private String videoUrl;

  /** A video uploaded to the media store, played in the page (before the link, if both). */
  @Column(name = "video_media_id")
  private Long videoMediaId;

  @Column(nullable = false, precision = 4, scale = 1)
  private BigDecimal hours;

  @Column(name = "pass_percent")
  private Integer passPercent;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_question", joinColumns = @JoinColumn(name = "lesson_id"))
  @OrderColumn(name = "ordinal")
  private List<QuizQuestion> questions = new ArrayList<>();

  protected Lesson() {}

  Lesson(
      Course course,
      int position,
      String title,
      String body,
      String videoUrl,
      BigDecimal hours,
      Integer passPercent,
      List<QuizQuestion> questions) {
    List<Violation> problems = new ArrayList<>();
    if (title == null || title.isBlank() || title.strip().length() > TITLE_LENGTH) {
      problems.add(new Violation("title", "course.lesson.title", TITLE_LENGTH));
    }
    if (body != null && body.length() > BODY_LENGTH) {
      problems.add(new Violation("body", "member.field.tooLong", BODY_LENGTH));
    }
    String video = videoUrl == null || videoUrl.isBlank() ? null : videoUrl.strip();
    if (video != null
        && (video.length() > VIDEO_LENGTH
            || !(video.startsWith("https://")
                || video.startsWith("http://")
                || video.startsWith("/")))) {
      problems.add(new Violation("videoUrl", "course.lesson.video", VIDEO_LENGTH));
    }
    if ((body == null || body.isBlank()) && video == null) {
      problems.add(new Violation("body", "course.lesson.empty"));
    }
    if (hours == null
        || hours.signum() <= 0
        || hours.compareTo(StudySession.MAX_HOURS) > 0
        || hours.stripTrailingZeros().scale() > 1) {
      problems.add(new Violation("hours", "study.hours.range", StudySession.MAX_HOURS));
    }
    List<QuizQuestion> quiz = questions == null ? List.of() : questions;
    if (quiz.size() > MAX_QUESTIONS) {
      problems.add(new Violation("questions", "course.quiz.tooMany", MAX_QUESTIONS));
    }
    if (!quiz.isEmpty() && (passPercent == null || passPercent < 1 || passPercent > 100)) {
      problems.add(new Violation("passPercent", "course.quiz.passPercent"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.course = course;
    this.position = position;
    this.title = title.strip();
    this.body = body == null || body.isBlank() ? null : body;
    this.videoUrl = video;
    this.hours = hours;
    this.passPercent = quiz.isEmpty() ? null : passPercent;
    this.questions = new ArrayList<>(quiz);
  }

  /** The lesson's uploaded video, replacing an earlier one. */
  public void useVideo(Long mediaId) {
    this.videoMediaId = mediaId;
  }

  public Long getVideoMediaId() {
    return videoMediaId;
  }

  public boolean hasQuiz() {
    return !questions.isEmpty();
  }

  /** Grades one attempt; answers are by question, each the set of chosen positions. */
  public QuizResult grade(List<Set<Integer>> answers) {
    if (!hasQuiz()) {
      throw new ValidationException(List.of(new Violation("answers", "course.quiz.none")));
    }
    if (answers == null || answers.size() != questions.size()) {
      throw new ValidationException(
          List.of(new Violation("answers", "course.quiz.unanswered", questions.size())));
    }
    List<Boolean> right = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      right.add(questions.get(i).isAnsweredBy(answers.get(i)));
    }
    return new QuizResult(right, passPercent);
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public Integer getPassPercent() {
    return passPercent;
  }

  public List<QuizQuestion> getQuestions() {
    return List.copyOf(questions);
  }
}
