package cn.dangjian.demo;

import cn.dangjian.domain.education.Course;
import cn.dangjian.domain.education.CourseRepository;
import cn.dangjian.domain.education.Lesson;
import cn.dangjian.domain.education.LessonProgress;
import cn.dangjian.domain.education.QuestionKind;
import cn.dangjian.domain.education.QuizQuestion;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 一堂 in use: each company's committee runs three courses (two for all its members, one for its
 * probationary members) with quizzes; in each first production branch some members finished them,
 * some are on the way (dangyuan1 among them: the first lesson finished, the quiz of the second
 * failed once), the rest have not started.
 */
@ApplicationScoped
public class CourseDemo implements DemoContributor {
  @Inject CourseRepository courses;
  @Inject StudyRepository studies;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    for (DemoGroup.Company company : group.companies()) {
      Organization committee = em.find(Organization.class, company.committeeId());
      List<Course> made = new ArrayList<>();
      List<String> defs = words.list("courses");
      for (int c = 0; c < defs.size(); c++) {
        made.add(course(committee, defs.get(c).split("\\|"), c + 1, words, group));
      }
      if (!company.productionBranchIds().isEmpty()) {
        progress(em.find(Organization.class, company.productionBranchIds().get(0)), made, group);
      }
    }
  }

  private Course course(
      Organization committee, String[] def, int n, Vocabulary words, DemoGroup group) {
    Course c =
        new Course(
            committee,
            def[1],
            def[2],
            committee,
            MemberKind.valueOf(def[0]),
            group.today().minusDays(30L * n),
            group.today().plusDays(60));
    courses.store(c);
    String[] lessons = words.word("course." + n + ".lessons").split(";");
    for (int l = 0; l < lessons.length; l++) {
      String[] lesson = lessons[l].split("\\|");
      List<QuizQuestion> quiz = quiz(words, "course." + n + ".quiz." + (l + 1));
      c.addLesson(
          lesson[0], lesson[2], null, new BigDecimal(lesson[1]), quiz.isEmpty() ? null : 60, quiz);
    }
    em.flush();
    return c;
  }

  private static List<QuizQuestion> quiz(Vocabulary words, String key) {
    if (!words.has(key)) {
      return List.of();
    }
    List<QuizQuestion> quiz = new ArrayList<>();
    for (String q : words.word(key).split(";;")) {
      String[] parts = q.split("\\|");
      Set<Integer> right =
          Arrays.stream(parts[2].split(",")).map(Integer::valueOf).collect(Collectors.toSet());
      quiz.add(
          new QuizQuestion(
              parts[0],
              right.size() == 1 ? QuestionKind.SINGLE : QuestionKind.MULTIPLE,
              List.of(parts[1].split(";")),
              right,
              parts[3]));
    }
    return quiz;
  }

  /** Of the branch's first 20 members: a quarter finished the first course, half began it. */
  private void progress(Organization branch, List<Course> made, DemoGroup group) {
    List<Object[]> people =
        em.createQuery(
                "SELECT m.id, m.account FROM PartyMember m WHERE m.orgPath LIKE :p ORDER BY m.id",
                Object[].class)
            .setParameter("p", branch.getPath() + "%")
            .setMaxResults(20)
            .getResultList();
    Course first = made.get(0);
    List<Lesson> lessons = first.getLessons();
    for (int i = 0; i < people.size(); i++) {
      Long memberId = (Long) people.get(i)[0];
      boolean demoMember = "dangyuan1".equals(people.get(i)[1]);
      int finished = demoMember ? 1 : i < 5 ? lessons.size() : i < 10 ? 1 : 0;
      for (int l = 0; l < finished; l++) {
        Lesson lesson = lessons.get(l);
        LessonProgress p = new LessonProgress(lesson, memberId);
        LocalDate on = group.today().minusDays(10L - l);
        if (lesson.hasQuiz()) {
          p.attempted(
              lesson.grade(lesson.getQuestions().stream().map(QuizQuestion::right).toList()), on);
        } else {
          p.finish(on);
        }
        courses.store(p);
        studies.creditOnce(
            StudySource.LESSON, lesson.getId(), memberId, on, lesson.getHours(), lesson.getTitle());
      }
      if (demoMember) {
        LessonProgress tried = new LessonProgress(lessons.get(1), memberId);
        tried.attempted(
            lessons.get(1).grade(List.of(Set.of(0), Set.of(1))), group.today().minusDays(2));
        courses.store(tried);
      }
    }
  }
}
