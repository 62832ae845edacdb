package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Where one member stands in one lesson: how many times they tried its quiz and when they finished
 * it. Finished is for good: a later attempt changes nothing, the hours are credited once.
 */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "progressSeq",
      sequenceName = "lesson_progress_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progressSeq")
  private Long id;

  @Version private int version;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "lesson_id", nullable = false)
  private Long lessonId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "finished_on")
  private LocalDate finishedOn;

  protected LessonProgress() {}

  public LessonProgress(Lesson lesson, Long memberId) {
    this.courseId = lesson.getCourse().getId();
    this.lessonId = lesson.getId();
    this.memberId = memberId;
  }

  /** Records an attempt; answers whether it finished the lesson just now. */
  public boolean attempted(QuizResult result, LocalDate today) {
    attempts++;
    return result.passed() && finish(today);
  }

  /** Finishes the lesson unless it is finished already; answers whether it did. */
  public boolean finish(LocalDate today) {
    if (finishedOn != null) {
      return false;
    }
    finishedOn = today;
    return true;
  }

  public boolean isFinished() {
    return finishedOn != null;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getLessonId() {
    return lessonId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDate getFinishedOn() {
    return finishedOn;
  }
}
