package cn.dangjian.domain.member;

import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable fields of a member record, as a form, the REST API and the spreadsheet import supply
 * them. {@link #validate} holds the record's rules once for all three.
 */
public class MemberData implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MIN_AGE_TO_APPLY = 18;

  /** A text longer than its column is the user's mistake, not a conflict with another record. */
  static final String TOO_LONG = "{member.field.tooLong}";

  @NotBlank(message = "{member.name.required}")
  @Size(max = Member.NAME_LENGTH, message = TOO_LONG)
  private String name;

  @NotNull(message = "{member.sex.required}")
  private Sex sex;

  @CitizenId.Valid private String citizenId;

  @NotBlank(message = "{member.ethnicity.required}")
  @Size(max = Member.ETHNICITY_LENGTH, message = TOO_LONG)
  private String ethnicity;

  @NotNull(message = "{member.birthDate.required}")
  private LocalDate birthDate;

  @NotNull(message = "{member.education.required}")
  private Education education;

  @Size(max = Member.DEGREE_LENGTH, message = TOO_LONG)
  private String degree;

  @NotNull(message = "{member.category.required}")
  private Category category;

  @NotNull(message = "{member.organization.required}")
  private Long organizationId;

  @PhoneNumber.Valid private String phone;
  private LocalDate applicationDate;

  @NotNull(message = "{member.joinDate.required}")
  private LocalDate joinDate;

  private LocalDate conversionDate;

  @Size(max = Member.JOB_POST_LENGTH, message = TOO_LONG)
  private String jobPost;

  @Size(max = Member.TECHNICAL_TITLE_LENGTH, message = TOO_LONG)
  private String technicalTitle;

  private boolean frontline;

  @NotNull(message = "{member.employment.required}")
  private Employment employment = Employment.IN_SERVICE;

  private boolean mobile;
  private LocalDate mobileSince;

  @Size(max = Member.INFLOW_LENGTH, message = TOO_LONG)
  private String inflowOrganization;

  private boolean lostContact;
  private LocalDate lostContactSince;

  @Size(max = Member.RESIDENCE_LENGTH, message = TOO_LONG)
  private String residence;

  @Size(max = Member.HOUSEHOLD_LENGTH, message = TOO_LONG)
  private String householdRegistration;

  /**
   * Every broken rule, field by field. {@code citizenIdRequired} is false on an edit that keeps the
   * stored number (the form never receives it unmasked).
   */
  public List<Violation> validate(LocalDate today, boolean citizenIdRequired) {
    List<Violation> v = new ArrayList<>(Constraints.of(this));
    if (blank(citizenId)) {
      if (citizenIdRequired) {
        v.add(new Violation("citizenId", "member.citizenId.required", ""));
      }
    } else if (CitizenId.problem(CitizenId.normalize(citizenId)).isEmpty()) {
      checkAgainstCitizenId(v);
    }
    checkDateOrder(v, today);
    if (category == Category.PROBATIONARY && conversionDate != null) {
      v.add(new Violation("conversionDate", "member.conversionDate.probationary"));
    }
    if (mobile && mobileSince != null && mobileSince.isAfter(today)) {
      v.add(new Violation("mobileSince", "member.mobileSince.future"));
    }
    if (lostContact && lostContactSince == null) {
      v.add(new Violation("lostContactSince", "member.lostContactSince.required"));
    }
    return v;
  }

  /** The birth date and sex a well-formed citizen id states must be the record's. */
  private void checkAgainstCitizenId(List<Violation> v) {
    String id = CitizenId.normalize(citizenId);
    if (birthDate != null && !CitizenId.birthDate(id).orElseThrow().equals(birthDate)) {
      v.add(new Violation("birthDate", "member.birthDate.mismatch", CitizenId.birthDate(id).get()));
    }
    if (sex != null && CitizenId.sex(id) != sex) {
      v.add(new Violation("sex", "member.sex.mismatch"));
    }
  }

  /** birth < application < joining < conversion, none in the future. */
  private void checkDateOrder(List<Violation> v, LocalDate today) {
    if (birthDate != null && birthDate.isAfter(today)) {
      v.add(new Violation("birthDate", "member.date.future"));
    }
    if (joinDate != null && joinDate.isAfter(today)) {
      v.add(new Violation("joinDate", "member.date.future"));
    }
    if (conversionDate != null && conversionDate.isAfter(today)) {
      v.add(new Violation("conversionDate", "member.date.future"));
    }
    LocalDate applied = applicationDate != null ? applicationDate : joinDate;
    if (birthDate != null
        && applied != null
        && applied.isBefore(birthDate.plusYears(MIN_AGE_TO_APPLY))) {
      v.add(
          new Violation(
              applicationDate != null ? "applicationDate" : "joinDate",
              "member.applicationDate.underAge",
              MIN_AGE_TO_APPLY));
    }
    if (applicationDate != null && joinDate != null && !applicationDate.isBefore(joinDate)) {
      v.add(new Violation("joinDate", "member.joinDate.beforeApplication"));
    }
    if (joinDate != null && conversionDate != null && !joinDate.isBefore(conversionDate)) {
      v.add(new Violation("conversionDate", "member.conversionDate.beforeJoin"));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public static String trimToNull(String s) {
    return blank(s) ? null : s.trim();
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

  public String getDegree() {
    return degree;
  }

  public void setDegree(String degree) {
    this.degree = degree;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public LocalDate getApplicationDate() {
    return applicationDate;
  }

  public void setApplicationDate(LocalDate applicationDate) {
    this.applicationDate = applicationDate;
  }

  public LocalDate getJoinDate() {
    return joinDate;
  }

  public void setJoinDate(LocalDate joinDate) {
    this.joinDate = joinDate;
  }

  public LocalDate getConversionDate() {
    return conversionDate;
  }

  public void setConversionDate(LocalDate conversionDate) {
    this.conversionDate = conversionDate;
  }

  public String getJobPost() {
    return jobPost;
  }

  public void setJobPost(String jobPost) {
    this.jobPost = jobPost;
  }

  public String getTechnicalTitle() {
    return technicalTitle;
  }

  public void setTechnicalTitle(String technicalTitle) {
    this.technicalTitle = technicalTitle;
  }

  public boolean isFrontline() {
    return frontline;
  }

  public void setFrontline(boolean frontline) {
    this.frontline = frontline;
  }

  public Employment getEmployment() {
    return employment;
  }

  public void setEmployment(Employment employment) {
    this.employment = employment;
  }

  public LocalDate getMobileSince() {
    return mobileSince;
  }

  public void setMobileSince(LocalDate mobileSince) {
    this.mobileSince = mobileSince;
  }

  public String getInflowOrganization() {
    return inflowOrganization;
  }

  public void setInflowOrganization(String inflowOrganization) {
    this.inflowOrganization = trimToNull(inflowOrganization);
  }

  public boolean isMobile() {
    return mobile;
  }

  public void setMobile(boolean mobile) {
    this.mobile = mobile;
  }

  public boolean isLostContact() {
    return lostContact;
  }

  public void setLostContact(boolean lostContact) {
    this.lostContact = lostContact;
  }

  public LocalDate getLostContactSince() {
    return lostContactSince;
  }

  public void setLostContactSince(LocalDate lostContactSince) {
    this.lostContactSince = lostContactSince;
  }

  public String getResidence() {
    return residence;
  }

  public void setResidence(String residence) {
    this.residence = residence;
  }

  public String getHouseholdRegistration() {
    return householdRegistration;
  }

  public void setHouseholdRegistration(String householdRegistration) {
    this.householdRegistration = householdRegistration;
  }
}
