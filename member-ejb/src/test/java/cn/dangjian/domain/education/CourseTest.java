package cn.dangjian.domain.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseTest {
  private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
  private static final LocalDate CLOSES = LocalDate.of(2026, 6, 30);
  private final Ids ids = new Ids(0);
  private final Organization committee = org("C1", OrgKind.COMMITTEE, null);
  private final Organization branch = org("B1", OrgKind.BRANCH, committee);
  private final Organization otherCommittee = org("C2", OrgKind.COMMITTEE, null);

  private Organization org(String code, OrgKind kind, Organization parent) {
    Organization o = new Organization(code, code, kind, parent, LocalDate.of(2000, 1, 1));
    withId(o);
    o.placeUnder(parent);
    return o;
  }

  private <T> T withId(T entity) {
    return ids.assign(entity);
  }

  private Course course(Organization audience, MemberKind kind) {
    return withId(new Course(committee, " 党章学习 ", null, audience, kind, OPENS, CLOSES));
  }

  private static QuizQuestion single(int right) {
    return new QuizQuestion(
        "党的最高理想是？", QuestionKind.SINGLE, List.of("A", "B", "C"), Set.of(right), "见党章总纲");
  }

  private static QuizQuestion multiple(Integer... right) {
    return new QuizQuestion(
        "三会一课包括？",
        QuestionKind.MULTIPLE,
        List.of("支部党员大会", "支委会", "党课", "茶话会"),
        Set.of(right),
        null);
  }

  private static List<String> keys(ValidationException e) {
    return e.violations().stream().map(Violation::key).toList();
  }

  @Test
  void aCourseIsForItsOwnSubtreeAndReachesTheKindItNames() {
    Course c = course(branch, MemberKind.PROBATIONARY);
    assertEquals("党章学习", c.getTitle());
    assertTrue(c.reaches(branch.getPath(), true));
    assertFalse(c.reaches(committee.getPath(), true), "above the audience");
    assertFalse(c.reaches(branch.getPath(), false), "not of the audience's kind");
    assertTrue(
        MemberKind.PROBATIONARY.includes(Category.PROBATIONARY, Employment.IN_SERVICE, false));
    assertFalse(MemberKind.PROBATIONARY.includes(Category.FULL, Employment.IN_SERVICE, true));
    assertTrue(MemberKind.RETIRED.includes(Category.FULL, Employment.RETIRED, false));
    assertTrue(MemberKind.LEADERS.includes(Category.FULL, Employment.IN_SERVICE, true));
    assertFalse(MemberKind.LEADERS.includes(Category.FULL, Employment.IN_SERVICE, false));
    assertTrue(MemberKind.ALL.includes(Category.PROBATIONARY, Employment.RETIRED, false));

    ValidationException outside =
        assertThrows(
            ValidationException.class,
            () -> new Course(committee, "课", null, otherCommittee, MemberKind.ALL, OPENS, CLOSES));
    assertEquals(List.of("course.audience.outside"), keys(outside));
    ValidationException backwards =
        assertThrows(
            ValidationException.class,
            () -> new Course(committee, "课", null, branch, MemberKind.ALL, CLOSES, OPENS));
    assertEquals(List.of("course.period"), keys(backwards));
    assertTrue(c.isOpenOn(OPENS) && c.isOpenOn(CLOSES));
    assertFalse(c.isOpenOn(CLOSES.plusDays(1)) || c.isOpenOn(OPENS.minusDays(1)));
  }

  @Test
  void lessonsComeInOrderAndNeedTextOrVideoAndAPassMarkForAQuiz() {
    Course c = course(branch, MemberKind.ALL);
    Lesson first = c.addLesson("第一课", "正文", null, new BigDecimal("1"), null, List.of());
    Lesson second =
        c.addLesson(
            "第二课", null, "/education/video/2.mp4", new BigDecimal("0.5"), 60, List.of(single(0)));
    assertEquals(List.of(1, 2), c.getLessons().stream().map(Lesson::getPosition).toList());
    assertFalse(first.hasQuiz());
    assertTrue(second.hasQuiz());
    assertEquals(
        List.of("course.lesson.empty"),
        keys(
            assertThrows(
                ValidationException.class,
                () -> c.addLesson("空", " ", null, BigDecimal.ONE, null, List.of()))));
    assertEquals(
        List.of("course.quiz.passPercent"),
        keys(
            assertThrows(
                ValidationException.class,
                () -> c.addLesson("测", "x", null, BigDecimal.ONE, null, List.of(single(1))))));
    assertEquals(
        List.of("course.lesson.video"),
        keys(
            assertThrows(
                ValidationException.class,
                () ->
                    c.addLesson(
                        "视", null, "javascript:alert(1)", BigDecimal.ONE, null, List.of()))));
    assertEquals(
        List.of("study.hours.range"),
        keys(
            assertThrows(
                ValidationException.class,
                () -> c.addLesson("时", "x", null, new BigDecimal("0.25"), null, List.of()))));
  }

  @Test
  void aQuestionHasItsRightChoicesAndASingleChoiceExactlyOne() {
    assertEquals(Set.of(0, 2), multiple(2, 0).right());
    assertEquals(
        List.of("course.quiz.answer"),
        keys(
            assertThrows(
                ValidationException.class,
                () ->
                    new QuizQuestion(
                        "题", QuestionKind.SINGLE, List.of("A", "B"), Set.of(0, 1), null))));
    assertEquals(
        List.of("course.quiz.answer"),
        keys(
            assertThrows(
                ValidationException.class,
                () ->
                    new QuizQuestion(
                        "题", QuestionKind.MULTIPLE, List.of("A", "B"), Set.of(2), null))));
    assertEquals(
        List.of("course.quiz.choices"),
        keys(
            assertThrows(
                ValidationException.class,
                () ->
                    new QuizQuestion(
                        "题", QuestionKind.SINGLE, List.of("A", " "), Set.of(0), null))));
  }

  @Test
  void aQuizIsGradedExactlyAtItsPassMarkAndAMultipleChoiceHasNoPartMarks() {
    Course c = course(branch, MemberKind.ALL);
    Lesson l =
        c.addLesson(
            "测验课",
            "正文",
            null,
            BigDecimal.ONE,
            60,
            List.of(single(0), single(1), single(2), multiple(0, 1, 2), single(0)));
    // 3 of 5 is exactly 60 %: passed; 2 of 5 is not
    QuizResult three = l.grade(List.of(Set.of(0), Set.of(1), Set.of(2), Set.of(0, 1), Set.of(1)));
    assertEquals(3, three.correct());
    assertEquals(List.of(true, true, true, false, false), three.right());
    assertTrue(three.passed());
    QuizResult two =
        l.grade(List.of(Set.of(0), Set.of(1), Set.of(0), Set.of(0, 1, 2, 3), Set.of()));
    assertEquals(2, two.correct());
    assertFalse(two.passed());
    assertEquals(
        List.of("course.quiz.unanswered"),
        keys(assertThrows(ValidationException.class, () -> l.grade(List.of(Set.of(0))))));
    // 2 of 3 is 66.7 %: short of a pass mark of 67
    Lesson strict =
        c.addLesson("严", "x", null, BigDecimal.ONE, 67, List.of(single(0), single(0), single(0)));
    assertFalse(strict.grade(List.of(Set.of(0), Set.of(0), Set.of(1))).passed());
    assertTrue(strict.grade(List.of(Set.of(0), Set.of(0), Set.of(0))).passed());
  }

  @Test
  void aLessonIsFinishedOnceWhateverComesAfter() {
    Course c = course(branch, MemberKind.ALL);
    Lesson l = withId(c.addLesson("课", "x", null, BigDecimal.ONE, 100, List.of(single(0))));
    LessonProgress p = new LessonProgress(l, 7L);
    assertFalse(p.attempted(l.grade(List.of(Set.of(1))), OPENS), "a failed attempt");
    assertTrue(p.attempted(l.grade(List.of(Set.of(0))), OPENS.plusDays(1)), "passed: finished now");
    assertFalse(p.attempted(l.grade(List.of(Set.of(0))), OPENS.plusDays(2)), "finished already");
    assertFalse(p.finish(OPENS.plusDays(3)));
    assertEquals(3, p.getAttempts());
    assertEquals(OPENS.plusDays(1), p.getFinishedOn());
  }
}
