package cn.dangjian.application.recruitment;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.recruitment.Applicant;
import cn.dangjian.domain.shared.Violation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The application form (step 1): the person's particulars and the branch that received it. */
public class ApplicantData implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private Sex sex;
  private String citizenId;
  private String ethnicity;
  private LocalDate birthDate;
  private Education education;
  private String phone;
  private String jobPost;
  private boolean frontline;
  private boolean technician;
  private boolean teamLeader;
  private LocalDate applicationDate;
  private Long organizationId;

  /** The member record this person gets on admission; its validation is the member database's. */
  public MemberData toMemberData(LocalDate joinDate) {
    MemberData d = new MemberData();
    d.setName(name);
    d.setSex(sex);
    d.setCitizenId(citizenId);
    d.setEthnicity(ethnicity);
    d.setBirthDate(birthDate);
    d.setEducation(education);
    d.setCategory(Category.PROBATIONARY);
    d.setOrganizationId(organizationId);
    d.setPhone(phone);
    d.setJobPost(jobPost);
    d.setFrontline(frontline);
    d.setApplicationDate(applicationDate);
    d.setJoinDate(joinDate);
    return d;
  }

  /**
   * The particulars' problems as the member database words them, but for what comes later: the
   * joining date, and the age, which the art. 5 rule judges at the application.
   */
  public List<Violation> particularsProblems(LocalDate today) {
    return toMemberData(null).validate(today, true).stream()
        .filter(
            v ->
                !v.field().equals("joinDate") && !v.key().equals("member.applicationDate.underAge"))
        .toList();
  }

  public static ApplicantData of(Applicant a, Long organizationId) {
    ApplicantData d = new ApplicantData();
    d.setName(a.name());
    d.setSex(a.sex());
    d.setCitizenId(a.citizenId());
    d.setEthnicity(a.ethnicity());
    d.setBirthDate(a.birthDate());
    d.setEducation(a.education());
    d.setPhone(a.phone());
    d.setJobPost(a.jobPost());
    d.setFrontline(a.frontline());
    d.setTechnician(a.technician());
    d.setTeamLeader(a.teamLeader());
    d.setApplicationDate(a.applicationDate());
    d.setOrganizationId(organizationId);
    return d;
  }

  public Applicant toApplicant() {
    return new Applicant(
        name,
        sex,
        CitizenId.normalize(citizenId),
        ethnicity,
        birthDate,
        education,
        MemberData.trimToNull(phone),
        MemberData.trimToNull(jobPost),
        frontline,
        technician,
        teamLeader,
        applicationDate);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getCitizenId() {
    return citizenId;
  }

  public void setCitizenId(String citizenId) {
    this.citizenId = citizenId;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Education getEducation() {
    return education;
  }

  public void setEducation(Education education) {
    this.education = education;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getJobPost() {
    return jobPost;
  }

  public void setJobPost(String jobPost) {
    this.jobPost = jobPost;
  }

  public boolean isFrontline() {
    return frontline;
  }

  public void setFrontline(boolean frontline) {
    this.frontline = frontline;
  }

  public boolean isTechnician() {
    return technician;
  }

  public void setTechnician(boolean technician) {
    this.technician = technician;
  }

  public boolean isTeamLeader() {
    return teamLeader;
  }

  public void setTeamLeader(boolean teamLeader) {
    this.teamLeader = teamLeader;
  }

  public LocalDate getApplicationDate() {
    return applicationDate;
  }

  public void setApplicationDate(LocalDate applicationDate) {
    this.applicationDate = applicationDate;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }
}
