package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CourseRepository {
  Optional<Course> find(Long id);

  Optional<Lesson> lesson(Long id);

  void store(Course course);

  /** Courses made by organizations in scope, newest first. */
  List<Course> madeIn(Scope scope, int max);

  /** Courses whose audience subtree holds this organization path, newest first. */
  List<Course> reaching(String orgPath, int max);

  Optional<LessonProgress> progress(Long lessonId, Long memberId);

  void store(LessonProgress progress);

  /** One member's progress in these courses. */
  List<LessonProgress> progressOf(Long memberId, Collection<Long> courseIds);

  /** For each member who opened a lesson of the course: how many lessons they finished. */
  Map<Long, Long> finishedPerMember(Long courseId);
}
