package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.MediaDownload;
import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.document.internal.Media;
import cn.dangjian.application.education.CourseCompletion;
import cn.dangjian.application.education.CourseData;
import cn.dangjian.application.education.CourseService;
import cn.dangjian.application.education.CourseView;
import cn.dangjian.application.education.LessonData;
import cn.dangjian.application.education.LessonView;
import cn.dangjian.application.education.Material;
import cn.dangjian.application.education.QuizOutcome;
import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.ClockProducer;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.MediaFile;
import cn.dangjian.domain.education.Course;
import cn.dangjian.domain.education.CourseRepository;
import cn.dangjian.domain.education.Lesson;
import cn.dangjian.domain.education.LessonProgress;
import cn.dangjian.domain.education.QuizQuestion;
import cn.dangjian.domain.education.QuizResult;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultCourseService implements CourseService {
  private static final int MAX_COURSES = 200;
  private static final int MAX_AUDIENCE = 100_000;
  private static final String MATERIAL = "Lesson";

  @Inject CourseRepository courses;
  @Inject StudyRepository studies;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Documents documents;
  @Inject Media media;
  @Inject MembersOfKind ofKind;
  @Inject Notices notices;

  /** When a course's notice goes out on its first day. */
  private static final LocalTime OPENING_NOTICE = LocalTime.of(8, 0);

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public CourseView create(CourseData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization owner = guard.organization(data.organizationId());
    Organization audienceOrg = guard.organization(data.audienceOrgId());
    Course c =
        new Course(
            owner,
            data.title(),
            data.summary(),
            audienceOrg,
            data.audience(),
            data.opensOn(),
            data.closesOn());
    courses.store(c);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "Course",
        c.getId(),
        c.getTitle(),
        "audit.course.created",
        owner.getName(),
        audienceOrg.getName(),
        c.getAudience(),
        c.getOpensOn(),
        c.getClosesOn());
    if (!c.getClosesOn().isBefore(LocalDate.now(clock))) {
      // its audience hears of it the morning it opens (at once when it is open already)
      notices.toMembers(
          audienceOrg.getId(),
          c.getAudience(),
          Messages.in(Locale.SIMPLIFIED_CHINESE)
              .text("notice.course", c.getTitle(), c.getClosesOn().toString()),
          c.getOpensOn().atTime(OPENING_NOTICE).atZone(ClockProducer.ZONE).toInstant());
    }
    return view(c, Map.of(), true);
  }

  @Override
  public CourseView addLesson(Long courseId, int expectedVersion, LessonData data) {
    Course c = guard.load(Course.class, courseId, "entity.course");
    if (c.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.course", c.getTitle());
    }
    if (data == null) {
      throw new ValidationException(List.of(new Violation("title", "course.lesson.title")));
    }
    List<QuizQuestion> quiz = new ArrayList<>();
    for (LessonData.Question q :
        data.questions() == null ? List.<LessonData.Question>of() : data.questions()) {
      if (q == null) {
        throw new ValidationException(List.of(new Violation("questions", "course.quiz.text")));
      }
      quiz.add(new QuizQuestion(q.text(), q.kind(), q.choices(), q.right(), q.explanation()));
    }
    Lesson lesson =
        c.addLesson(
            data.title(), data.body(), data.videoUrl(), data.hours(), data.passPercent(), quiz);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "Course",
        c.getId(),
        c.getTitle(),
        "audit.course.lessonAdded",
        lesson.getPosition(),
        lesson.getTitle(),
        lesson.getHours(),
        quiz.size());
    return view(c, Map.of(), true);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<CourseView> mine() {
    Optional<Learner> me = learner();
    if (me.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    List<Course> found =
        courses.reaching(me.get().member().getOrgPath(), MAX_COURSES).stream()
            .filter(c -> me.get().reached(c) && !c.getOpensOn().isAfter(today))
            .toList();
    Map<Long, Set<Long>> finished = finishedLessons(me.get(), found);
    return found.stream().map(c -> view(c, finished, kept(c))).toList();
  }

  @Override
  public List<CourseView> managed() {
    return courses.madeIn(caller.get().scope(), MAX_COURSES).stream()
        .map(c -> view(c, Map.of(), true))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public CourseView course(Long id) {
    Optional<Learner> me = learner();
    Course c = visible(id, me);
    return view(c, me.isPresent() ? finishedLessons(me.get(), List.of(c)) : Map.of(), kept(c));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public LessonView lesson(Long id) {
    Optional<Learner> me = learner();
    Lesson lesson = visibleLesson(id, me);
    Optional<LessonProgress> progress =
        me.flatMap(l -> courses.progress(lesson.getId(), l.member().getId()));
    return view(lesson, progress);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public LessonView finish(Long lessonId) {
    Learner me = learnerOrRefuse();
    Lesson lesson = studiedLesson(lessonId, me);
    if (lesson.hasQuiz()) {
      throw new ValidationException(List.of(new Violation("answers", "course.quiz.required")));
    }
    LessonProgress p = progressOf(lesson, me);
    if (p.finish(LocalDate.now(clock))) {
      credit(lesson, me);
    }
    Flush.now(em);
    return view(lesson, Optional.of(p));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public QuizOutcome answer(Long lessonId, List<Set<Integer>> answers) {
    Learner me = learnerOrRefuse();
    Lesson lesson = studiedLesson(lessonId, me);
    QuizResult result = lesson.grade(answers);
    LessonProgress p = progressOf(lesson, me);
    boolean finishedNow = p.attempted(result, LocalDate.now(clock));
    if (finishedNow) {
      credit(lesson, me);
    }
    Flush.now(em);
    List<QuizQuestion> questions = lesson.getQuestions();
    List<QuizOutcome.Answered> answered = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      answered.add(
          new QuizOutcome.Answered(
              result.right().get(i), questions.get(i).right(), questions.get(i).getExplanation()));
    }
    return new QuizOutcome(
        result.correct(), result.total(), result.passed(), finishedNow, answered);
  }

  @Override
  public CourseCompletion completion(Long courseId) {
    Course c = guard.load(Course.class, courseId, "entity.course");
    List<MemberName> audience = audienceOf(c);
    Map<Long, Long> finished = courses.finishedPerMember(c.getId());
    int lessons = c.getLessons().size();
    Map<String, int[]> perOrg = new TreeMap<>();
    List<CourseCompletion.Person> notStarted = new ArrayList<>();
    int notStartedTotal = 0;
    for (MemberName m : audience) {
      int[] row = perOrg.computeIfAbsent(m.organization(), o -> new int[4]);
      row[0]++;
      Long done = finished.get(m.id());
      if (done == null) {
        row[3]++;
        notStartedTotal++;
        if (notStarted.size() < CourseCompletion.MAX_NAMED) {
          notStarted.add(new CourseCompletion.Person(m.id(), m.name(), m.organization()));
        }
      } else {
        row[2]++;
        if (lessons > 0 && done >= lessons) {
          row[1]++;
        }
      }
    }
    return new CourseCompletion(
        c.getId(),
        c.getTitle(),
        lessons,
        perOrg.entrySet().stream()
            .map(
                e ->
                    new CourseCompletion.Row(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3]))
            .toList(),
        notStarted,
        notStartedTotal);
  }

  @Override
  public Long attach(Long lessonId, String fileName, byte[] content) {
    Lesson lesson = guard.load(Lesson.class, lessonId, "entity.lesson", l -> kept(l.getCourse()));
    Document d = documents.checked(MATERIAL, fileName, content, "file");
    Long id = documents.file(d, lesson.getId());
    audit.record(
        AuditAction.UPDATE,
        "Course",
        lesson.getCourse().getId(),
        lesson.getCourse().getTitle(),
        "audit.course.material",
        lesson.getPosition(),
        d.getFileName());
    return id;
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public DocumentFile material(Long lessonId, Long documentId) {
    Lesson lesson = visibleLesson(lessonId, learner());
    return documents.download(documentId, MATERIAL, lesson.getId()::equals);
  }

  @Override
  public Long uploadVideo(Long lessonId, String fileName, InputStream video) {
    Lesson lesson = guard.load(Lesson.class, lessonId, "entity.lesson", l -> kept(l.getCourse()));
    MediaFile f = media.upload(MATERIAL, lesson.getId(), fileName, video, "file");
    lesson.useVideo(f.getId());
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "Course",
        lesson.getCourse().getId(),
        lesson.getCourse().getTitle(),
        "audit.course.video",
        lesson.getPosition(),
        f.getFileName(),
        f.getSize() / 1024 / 1024);
    return f.getId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public MediaDownload video(Long lessonId) {
    Lesson lesson = visibleLesson(lessonId, learner());
    if (lesson.getVideoMediaId() == null) {
      throw new NotFoundException("entity.document", lessonId);
    }
    return media.download(lesson.getVideoMediaId(), MATERIAL, lesson.getId()::equals);
  }

  private boolean kept(Course c) {
    return caller.get().scope().covers(c.getOrgPath());
  }

  /** The course's audience in the caller's scope, in name order. */
  private List<MemberName> audienceOf(Course c) {
    return ofKind.of(
        c.getAudienceOrganization().getId(), c.getAudience(), LocalDate.now(clock), MAX_AUDIENCE);
  }

  /** The caller as a member who studies: their record and whether they lead an organization. */
  private record Learner(Member member, boolean leader) {
    boolean reached(Course c) {
      return c.reaches(
          member.getOrgPath(),
          c.getAudience().includes(member.getCategory(), member.getEmployment(), leader));
    }
  }

  private Optional<Learner> learner() {
    Caller me = caller.get();
    return (me.memberId() == null ? Optional.<Member>empty() : members.find(me.memberId()))
        .map(
            m ->
                new Learner(
                    m,
                    !positions
                        .committeeMembersAmong(List.of(m.getId()), LocalDate.now(clock))
                        .isEmpty()));
  }

  private Learner learnerOrRefuse() {
    return learner()
        .orElseThrow(
            () -> new ValidationException(List.of(new Violation("member", "course.noMember"))));
  }

  /** A course the caller keeps (by scope) or is in the audience of; otherwise "not found". */
  private Course visible(Long id, Optional<Learner> me) {
    return guard.load(
        Course.class, id, "entity.course", c -> kept(c) || me.map(l -> l.reached(c)).orElse(false));
  }

  private Lesson visibleLesson(Long id, Optional<Learner> me) {
    return guard.load(
        Lesson.class,
        id,
        "entity.lesson",
        l -> kept(l.getCourse()) || me.map(m -> m.reached(l.getCourse())).orElse(false));
  }

  /** A lesson the caller studies: in the audience of its course, once the course has opened. */
  private Lesson studiedLesson(Long id, Learner me) {
    Lesson lesson = guard.load(Lesson.class, id, "entity.lesson", l -> me.reached(l.getCourse()));
    if (lesson.getCourse().getOpensOn().isAfter(LocalDate.now(clock))) {
      throw new ValidationException(
          List.of(new Violation("lesson", "course.notOpen", lesson.getCourse().getOpensOn())));
    }
    return lesson;
  }

  private LessonProgress progressOf(Lesson lesson, Learner me) {
    return courses
        .progress(lesson.getId(), me.member().getId())
        .orElseGet(
            () -> {
              LessonProgress p = new LessonProgress(lesson, me.member().getId());
              courses.store(p);
              return p;
            });
  }

  private void credit(Lesson lesson, Learner me) {
    studies.creditOnce(
        StudySource.LESSON,
        lesson.getId(),
        me.member().getId(),
        LocalDate.now(clock),
        lesson.getHours(),
        lesson.getTitle());
  }

  private Map<Long, Set<Long>> finishedLessons(Learner me, List<Course> of) {
    return courses.progressOf(me.member().getId(), of.stream().map(Course::getId).toList()).stream()
        .filter(LessonProgress::isFinished)
        .collect(
            Collectors.groupingBy(
                LessonProgress::getCourseId,
                Collectors.mapping(LessonProgress::getLessonId, Collectors.toSet())));
  }

  private CourseView view(Course c, Map<Long, Set<Long>> finished, boolean mayEdit) {
    Set<Long> done = finished.getOrDefault(c.getId(), Set.of());
    List<CourseView.LessonLine> lines =
        c.getLessons().stream()
            .map(
                l ->
                    new CourseView.LessonLine(
                        l.getId(),
                        l.getPosition(),
                        l.getTitle(),
                        l.getHours(),
                        l.hasQuiz(),
                        done.contains(l.getId())))
            .toList();
    return new CourseView(
        c.getId(),
        c.getVersion(),
        c.getTitle(),
        c.getSummary(),
        c.getOrganization().getDisplayName(),
        c.getAudienceOrganization().getDisplayName(),
        c.getAudience(),
        c.getOpensOn(),
        c.getClosesOn(),
        c.isOpenOn(LocalDate.now(clock)),
        c.getLessons().stream().map(Lesson::getHours).reduce(BigDecimal.ZERO, BigDecimal::add),
        done.size(),
        mayEdit,
        lines);
  }

  private LessonView view(Lesson l, Optional<LessonProgress> progress) {
    List<Lesson> all = l.getCourse().getLessons();
    Long next =
        all.stream()
            .filter(x -> x.getPosition() == l.getPosition() + 1)
            .map(Lesson::getId)
            .findFirst()
            .orElse(null);
    return new LessonView(
        l.getId(),
        l.getCourse().getId(),
        l.getCourse().getTitle(),
        l.getPosition(),
        l.getTitle(),
        l.getBody(),
        l.getVideoUrl(),
        l.getVideoUrl() != null && l.getVideoUrl().startsWith("/"),
        l.getVideoMediaId() != null,
        l.getHours(),
        l.getPassPercent(),
        l.getQuestions().stream()
            .map(q -> new LessonView.Question(q.getText(), q.getKind(), q.choices()))
            .toList(),
        progress.map(LessonProgress::isFinished).orElse(false),
        progress.map(LessonProgress::getAttempts).orElse(0),
        next,
        documents.listed(MATERIAL, List.of(l.getId())).getOrDefault(l.getId(), List.of()).stream()
            .map(d -> new Material(d.id(), d.fileName()))
            .toList());
  }
}
