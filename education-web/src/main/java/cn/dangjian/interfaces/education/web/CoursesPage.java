package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.CourseData;
import cn.dangjian.application.education.CourseService;
import cn.dangjian.application.education.CourseView;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.interfaces.shared.web.CurrentUser;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 一堂: the member's courses with their progress; for organizers, their courses and a new one. */
@Named
@ViewScoped
public class CoursesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CourseService courses;
  @Inject CurrentUser user;

  private List<CourseView> mine;
  private List<CourseView> managed;
  private OrgNode organization;
  private String title;
  private String summary;
  private OrgNode audienceOrganization;
  private MemberKind audience = MemberKind.ALL;
  private LocalDate opensOn;
  private LocalDate closesOn;

  public List<CourseView> getMine() {
    if (mine == null) {
      mine = courses.mine();
    }
    return mine;
  }

  public List<CourseView> getManaged() {
    if (managed == null) {
      managed = user.isRecordKeeper() ? courses.managed() : List.of();
    }
    return managed;
  }

  public MemberKind[] getAudiences() {
    return MemberKind.values();
  }

  public String create() {
    try {
      CourseView c =
          courses.create(
              new CourseData(
                  organization == null ? null : organization.id(),
                  title,
                  summary,
                  audienceOrganization == null ? null : audienceOrganization.id(),
                  audience,
                  opensOn,
                  closesOn));
      return "/course.xhtml?faces-redirect=true&id=" + c.id();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "create",
          Map.of(
              "organizationId", "organization",
              "title", "title",
              "summary", "summary",
              "audienceOrgId", "audienceOrganization",
              "audience", "audience",
              "opensOn", "opensOn",
              "closesOn", "closesOn"));
      return null;
    }
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public OrgNode getAudienceOrganization() {
    return audienceOrganization;
  }

  public void setAudienceOrganization(OrgNode audienceOrganization) {
    this.audienceOrganization = audienceOrganization;
  }

  public MemberKind getAudience() {
    return audience;
  }

  public void setAudience(MemberKind audience) {
    this.audience = audience;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }
}
