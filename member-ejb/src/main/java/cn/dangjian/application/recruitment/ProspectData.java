package cn.dangjian.application.recruitment;

import java.time.LocalDate;

/**
 * A person taken into a branch's sight: the particulars an application form asks (the application
 * date comes when they apply), the full member who guides them, and since when.
 */
public class ProspectData extends ApplicantData {
  private static final long serialVersionUID = 1L;

  private Long guideId;
  private LocalDate since;

  public Long getGuideId() {
    return guideId;
  }

  public void setGuideId(Long guideId) {
    this.guideId = guideId;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }
}
