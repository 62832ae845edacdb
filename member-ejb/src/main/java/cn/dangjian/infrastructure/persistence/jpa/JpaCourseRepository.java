package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.education.Course;
import cn.dangjian.domain.education.CourseRepository;
import cn.dangjian.domain.education.Lesson;
import cn.dangjian.domain.education.LessonProgress;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public Optional<Course> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Course.class, id));
  }

  @Override
  public Optional<Lesson> lesson(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(Lesson.class, id));
  }

  @Override
  public void store(Course course) {
    em.persist(course);
  }

  @Override
  public List<Course> madeIn(Scope scope, int max) {
    ScopePredicate p = new ScopePredicate(scope, "c.orgPath", null);
    TypedQuery<Course> q =
        em.createQuery(
            "SELECT c FROM Course c WHERE " + p.jpql() + " ORDER BY c.opensOn DESC, c.id DESC",
            Course.class);
    p.bind(q);
    return q.setMaxResults(max).getResultList();
  }

  @Override
  public List<Course> reaching(String orgPath, int max) {
    // the audience path is one of the organization's ancestors' paths (or its own): an IN list
    List<String> ancestors = Organization.pathsUpTo(orgPath);
    if (ancestors.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM Course c WHERE c.audiencePath IN :paths"
                + " ORDER BY c.opensOn DESC, c.id DESC",
            Course.class)
        .setParameter("paths", ancestors)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<LessonProgress> progress(Long lessonId, Long memberId) {
    return em.createQuery(
            "SELECT p FROM LessonProgress p WHERE p.lessonId = :l AND p.memberId = :m",
            LessonProgress.class)
        .setParameter("l", lessonId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(LessonProgress progress) {
    em.persist(progress);
  }

  @Override
  public List<LessonProgress> progressOf(Long memberId, Collection<Long> courseIds) {
    if (courseIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM LessonProgress p WHERE p.memberId = :m AND p.courseId IN :c",
            LessonProgress.class)
        .setParameter("m", memberId)
        .setParameter("c", courseIds)
        .getResultList();
  }

  @Override
  public Map<Long, Long> finishedPerMember(Long courseId) {
    Map<Long, Long> finished = new HashMap<>();
    em.createQuery(
            "SELECT p.memberId, COUNT(p.finishedOn) FROM LessonProgress p WHERE p.courseId = :c"
                + " GROUP BY p.memberId",
            Object[].class)
        .setParameter("c", courseId)
        .getResultList()
        .forEach(r -> finished.put((Long) r[0], ((Number) r[1]).longValue()));
    return finished;
  }
}
