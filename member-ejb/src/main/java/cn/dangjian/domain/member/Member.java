package cn.dangjian.domain.member;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Flag;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.LookupKey;
import cn.dangjian.domain.shared.Sealed;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/** A party member (党员) with the fields of the national member information system. */
@Entity(name = "PartyMember")
@EntityListeners(MemberChanges.class)
@Table(name = "member")
public class Member implements Serializable, InOrganization {
  /** Column lengths, checked by {@link MemberData#validate} before anything is written. */
  public static final int NAME_LENGTH = 50;

  public static final int ETHNICITY_LENGTH = 20;
  public static final int DEGREE_LENGTH = 20;
  public static final int JOB_POST_LENGTH = 60;
  public static final int TECHNICAL_TITLE_LENGTH = 60;
  public static final int RESIDENCE_LENGTH = 200;
  public static final int INFLOW_LENGTH = 200;
  public static final int HOUSEHOLD_LENGTH = 200;
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "memberSeq", sequenceName = "member_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "memberSeq")
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  /** The name's place in a list (pinyin): {@link NameOrder}. */
  @Column(name = "name_key", nullable = false, length = NameOrder.LENGTH)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sex sex;

  @Convert(converter = Sealed.class)
  @Column(name = "citizen_id", nullable = false, length = Sealed.LENGTH)
  private String citizenId;

  /** The citizen id again, stored as its keyed index: unique, and how an exact id is found. */
  @Convert(converter = LookupKey.class)
  @Column(name = "citizen_id_key", nullable = false, length = LookupKey.LENGTH, unique = true)
  private String citizenIdKey;

  @Column(nullable = false, length = ETHNICITY_LENGTH)
  private String ethnicity;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Education education;

  @Column(length = DEGREE_LENGTH)
  private String degree;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Category category;

  /** None once the member has left the group: they are on no roster, their history stays. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Convert(converter = Sealed.class)
  @Column(length = Sealed.LENGTH)
  private String phone;

  /**
   * The organization's path, copied so that scope and subtree filters need no join at 100,000 rows.
   */
  @Column(name = "org_path", length = 400)
  private String orgPath;

  @Column(name = "application_date")
  private LocalDate applicationDate;

  @Column(name = "join_date", nullable = false)
  private LocalDate joinDate;

  @Column(name = "conversion_date")
  private LocalDate conversionDate;

  @Column(name = "job_post", length = JOB_POST_LENGTH)
  private String jobPost;

  @Column(name = "technical_title", length = TECHNICAL_TITLE_LENGTH)
  private String technicalTitle;

  @Convert(converter = Flag.class)
  @Column(nullable = false)
  private boolean frontline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Employment employment;

  @Convert(converter = Flag.class)
  @Column(nullable = false)
  private boolean mobile;

  @Column(name = "mobile_since")
  private LocalDate mobileSince;

  /** Where a mobile member takes part in organizational life and pays dues (流入地党组织). */
  @Column(name = "inflow_org", length = INFLOW_LENGTH)
  private String inflowOrganization;

  @Convert(converter = Flag.class)
  @Column(name = "lost_contact", nullable = false)
  private boolean lostContact;

  @Column(name = "lost_contact_since")
  private LocalDate lostContactSince;

  @Column(length = RESIDENCE_LENGTH)
  private String residence;

  @Column(name = "household_registration", length = HOUSEHOLD_LENGTH)
  private String householdRegistration;

  /** The realm user name of this member, when they have an account. */
  @Column(length = 64, unique = true)
  private String account;

  /** The day the member left the group (their organization relation transferred out). */
  @Column(name = "left_on")
  private LocalDate leftOn;

  protected Member() {}

  public Member(MemberData data, Organization organization) {
    this.citizenId = CitizenId.normalize(data.getCitizenId());
    this.citizenIdKey = citizenId;
    apply(data, organization);
  }

  /** Copies the editable fields; a blank citizen id on an edit keeps the stored one. */
  public final void apply(MemberData d, Organization org) {
    this.name = d.getName().trim();
    this.nameKey = NameOrder.key(name);
    this.sex = d.getSex();
    if (d.getCitizenId() != null && !d.getCitizenId().isBlank()) {
      String id = CitizenId.normalize(d.getCitizenId());
      if (!id.equals(citizenId)) {
        this.citizenId = id;
        this.citizenIdKey = id;
      }
    }
    this.ethnicity = d.getEthnicity().trim();
    this.birthDate = d.getBirthDate();
    this.education = d.getEducation();
    this.degree = MemberData.trimToNull(d.getDegree());
    this.category = d.getCategory();
    this.organization = org;
    this.orgPath = org.getPath();
    this.phone = MemberData.trimToNull(d.getPhone());
    this.applicationDate = d.getApplicationDate();
    this.joinDate = d.getJoinDate();
    this.conversionDate = d.getConversionDate();
    this.jobPost = MemberData.trimToNull(d.getJobPost());
    this.technicalTitle = MemberData.trimToNull(d.getTechnicalTitle());
    this.frontline = d.isFrontline();
    this.employment = d.getEmployment();
    this.mobile = d.isMobile();
    this.mobileSince = d.isMobile() ? d.getMobileSince() : null;
    this.inflowOrganization = d.isMobile() ? d.getInflowOrganization() : null;
    this.lostContact = d.isLostContact();
    this.lostContactSince = d.isLostContact() ? d.getLostContactSince() : null;
    this.residence = MemberData.trimToNull(d.getResidence());
    this.householdRegistration = MemberData.trimToNull(d.getHouseholdRegistration());
  }

  /** The editable fields, with the citizen id left out unless asked for. */
  public MemberData toData(boolean withCitizenId) {
    MemberData d = new MemberData();
    d.setName(name);
    d.setSex(sex);
    d.setCitizenId(withCitizenId ? citizenId : null);
    d.setEthnicity(ethnicity);
    d.setBirthDate(birthDate);
    d.setEducation(education);
    d.setDegree(degree);
    d.setCategory(category);
    d.setOrganizationId(organization.getId());
    d.setPhone(phone);
    d.setApplicationDate(applicationDate);
    d.setJoinDate(joinDate);
    d.setConversionDate(conversionDate);
    d.setJobPost(jobPost);
    d.setTechnicalTitle(technicalTitle);
    d.setFrontline(frontline);
    d.setEmployment(employment);
    d.setMobile(mobile);
    d.setMobileSince(mobileSince);
    d.setInflowOrganization(inflowOrganization);
    d.setLostContact(lostContact);
    d.setLostContactSince(lostContactSince);
    d.setResidence(residence);
    d.setHouseholdRegistration(householdRegistration);
    return d;
  }

  /**
   * 党龄: whole years from the end of probation (the conversion date, or one year after joining when
   * the conversion date was never recorded); none while probationary.
   */
  public int partyStandingYears(LocalDate today) {
    if (category == Category.PROBATIONARY) {
      return 0;
    }
    LocalDate from = conversionDate != null ? conversionDate : joinDate.plusYears(1);
    return from.isAfter(today) ? 0 : Period.between(from, today).getYears();
  }

  public int age(LocalDate today) {
    return Period.between(birthDate, today).getYears();
  }

  public void moveTo(Organization target) {
    this.organization = target;
    this.orgPath = target.getPath();
  }

  /**
   * Off every roster from {@code on}: no organization (so no subtree, count or list finds them) and
   * no account; the record stays for the history, dues and registers that name them.
   */
  public void leave(LocalDate on) {
    this.organization = null;
    this.orgPath = null;
    this.account = null;
    this.leftOn = on;
  }

  public boolean hasLeft() {
    return leftOn != null;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void linkAccount(String account) {
    this.account = account;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public Sex getSex() {
    return sex;
  }

  public String getCitizenId() {
    return citizenId;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Education getEducation() {
    return education;
  }

  public String getDegree() {
    return degree;
  }

  /**
   * Conversion (转正): a full member from the end of probation, which is when party standing starts.
   */
  public void convert(LocalDate probationEnd) {
    this.category = Category.FULL;
    this.conversionDate = probationEnd;
  }

  public Category getCategory() {
    return category;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public String getPhone() {
    return phone;
  }

  public LocalDate getApplicationDate() {
    return applicationDate;
  }

  public LocalDate getJoinDate() {
    return joinDate;
  }

  public LocalDate getConversionDate() {
    return conversionDate;
  }

  public String getJobPost() {
    return jobPost;
  }

  public String getTechnicalTitle() {
    return technicalTitle;
  }

  public boolean isFrontline() {
    return frontline;
  }

  public Employment getEmployment() {
    return employment;
  }

  public boolean isMobile() {
    return mobile;
  }

  public boolean isLostContact() {
    return lostContact;
  }

  public LocalDate getMobileSince() {
    return mobileSince;
  }

  public String getInflowOrganization() {
    return inflowOrganization;
  }

  public LocalDate getLostContactSince() {
    return lostContactSince;
  }

  public String getResidence() {
    return residence;
  }

  public String getHouseholdRegistration() {
    return householdRegistration;
  }

  public String getAccount() {
    return account;
  }
}
