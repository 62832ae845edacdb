package cn.dangjian.application.recruitment.training;

import cn.dangjian.domain.recruitment.training.Audience;
import java.io.Serializable;
import java.time.LocalDate;

/** A new class as the form or the API sends it. */
public class ClassData implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long organizationId;
  private String title;
  private Audience audience;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Integer passMark = 60;

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }
}
