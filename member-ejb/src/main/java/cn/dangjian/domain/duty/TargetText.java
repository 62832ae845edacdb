package cn.dangjian.domain.duty;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a target says: its title, how it is measured, and the day it is due, within its year. */
@Embeddable
public class TargetText implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_TITLE = 200;
  public static final int MAX_MEASURE = 500;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_MEASURE)
  private String measure;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  protected TargetText() {}

  public TargetText(String title, String measure, LocalDate dueOn, int year) {
    List<Violation> problems = new ArrayList<>();
    if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
      problems.add(new Violation("title", "target.title.invalid", MAX_TITLE));
    }
    if (measure == null || measure.isBlank() || measure.strip().length() > MAX_MEASURE) {
      problems.add(new Violation("measure", "target.measure.invalid", MAX_MEASURE));
    }
    if (dueOn == null || dueOn.getYear() != year) {
      problems.add(new Violation("dueOn", "target.dueOn.invalid", year));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.title = title.strip();
    this.measure = measure.strip();
    this.dueOn = dueOn;
  }

  public String getTitle() {
    return title;
  }

  public String getMeasure() {
    return measure;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
