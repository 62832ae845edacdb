package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.CourseCompletion;
import cn.dangjian.application.education.CourseService;
import cn.dangjian.application.education.CourseView;
import cn.dangjian.application.education.LessonData;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.Scans;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A course: its lessons with the member's own progress; for its organization, a lesson added and
 * the completion per organization.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CourseService courses;
  @Inject UiText ui;

  private Long id;
  private CourseView course;
  private CourseCompletion completion;
  private String title;
  private String body;
  private String videoUrl;
  private BigDecimal hours;
  private Integer passPercent = 60;
  private String quiz;
  private Long materialLesson;
  private transient Part material;

  public void load() {
    course = courses.course(id);
  }

  public CourseView getCourse() {
    return course;
  }

  public CourseCompletion getCompletion() {
    if (completion == null && course != null && course.mayEdit()) {
      completion = courses.completion(id);
    }
    return completion;
  }

  public String addLesson() {
    try {
      courses.addLesson(
          id,
          course.version(),
          new LessonData(
              title,
              body,
              videoUrl,
              hours,
              passPercent,
              new QuizText(
                      ui.get("course.quiz.answerWords"), ui.get("course.quiz.explanationWords"))
                  .parse(quiz)));
      return "/course.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "lesson",
          Map.of(
              "title", "title",
              "body", "body",
              "videoUrl", "videoUrl",
              "hours", "hours",
              "passPercent", "passPercent",
              "questions", "quiz",
              "quiz", "quiz"));
      return null;
    }
  }

  /** A lesson's material: a PDF (slides as PDF) or a picture. */
  public String attach() {
    try {
      courses.attach(materialLesson, Scans.name(material), Scans.read(material));
      return "/course.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "material", Map.of("file", "file", "lesson", "materialLesson"));
      return null;
    }
  }

  public Long getMaterialLesson() {
    return materialLesson;
  }

  public void setMaterialLesson(Long materialLesson) {
    this.materialLesson = materialLesson;
  }

  public Part getMaterial() {
    return material;
  }

  public void setMaterial(Part material) {
    this.material = material;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public void setVideoUrl(String videoUrl) {
    this.videoUrl = videoUrl;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public Integer getPassPercent() {
    return passPercent;
  }

  public void setPassPercent(Integer passPercent) {
    this.passPercent = passPercent;
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }
}
