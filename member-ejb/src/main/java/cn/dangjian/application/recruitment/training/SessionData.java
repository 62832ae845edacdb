package cn.dangjian.application.recruitment.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A session as the form or the API sends it. */
public class SessionData implements Serializable {
  private static final long serialVersionUID = 1L;

  private LocalDate heldOn;
  private BigDecimal hours;
  private String topic;
  private String teacher;

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getTeacher() {
    return teacher;
  }

  public void setTeacher(String teacher) {
    this.teacher = teacher;
  }
}
