package cn.dangjian.domain.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;

/** Progress reported against a target: the day, how far (per cent), what was done, by whom. */
@Embeddable
public class Progress implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_REPORT = 500;

  @Column(name = "reported_on", nullable = false)
  private LocalDate reportedOn;

  @Column(name = "percent_done", nullable = false)
  private int percent;

  @Column(name = "report", nullable = false, length = MAX_REPORT)
  private String report;

  @Column(name = "reported_by", nullable = false, length = 100)
  private String by;

  protected Progress() {}

  Progress(LocalDate on, int percent, String report, String by) {
    this.reportedOn = on;
    this.percent = percent;
    this.report = report;
    this.by = by;
  }

  public LocalDate getOn() {
    return reportedOn;
  }

  public int getPercent() {
    return percent;
  }

  public String getReport() {
    return report;
  }

  public String getBy() {
    return by;
  }
}
