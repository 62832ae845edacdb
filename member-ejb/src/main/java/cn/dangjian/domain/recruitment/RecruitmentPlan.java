package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A year's recruitment plan of a company committee or a branch (定计划): its quota of new members and
 * the responsibility letter (责任书) signed for it. Completion is counted, never typed.
 */
@Entity
@Table(name = "recruitment_plan")
public class RecruitmentPlan implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;
  public static final int MAX_QUOTA = 10_000;

  @Id
  @SequenceGenerator(name = "planSeq", sequenceName = "recruitment_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planSeq")
  private Long id;

  @Version private int version;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(nullable = false)
  private int quota;

  @Column(length = 500)
  private String note;

  @Column(name = "letter_signed_on")
  private LocalDate letterSignedOn;

  @Column(name = "letter_signed_by", length = 100)
  private String letterSignedBy;

  @Column(name = "letter_document_id")
  private Long letterDocumentId;

  protected RecruitmentPlan() {}

  public RecruitmentPlan(int year, Organization organization, int quota, String note) {
    this.year = year;
    this.organization = organization;
    this.orgPath = organization.getPath();
    this.quota = quota;
    this.note = note;
  }

  public static List<Violation> check(Integer year, Integer quota, LocalDate today) {
    List<Violation> v = new ArrayList<>();
    if (year == null || year < 2000 || year > today.getYear() + 1) {
      v.add(new Violation("year", "plan.year.range", today.getYear() + 1));
    }
    if (quota == null || quota < 0 || quota > MAX_QUOTA) {
      v.add(new Violation("quota", "plan.quota.range", MAX_QUOTA));
    }
    return v;
  }

  public void change(int quota, String note) {
    this.quota = quota;
    this.note = note;
  }

  public void letterSigned(LocalDate on, String by, Long documentId) {
    this.letterSignedOn = on;
    this.letterSignedBy = by;
    this.letterDocumentId = documentId;
  }

  /** The plan's organization and everything under it. */
  public boolean covers(String caseOrgPath) {
    return caseOrgPath.startsWith(orgPath);
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public int getYear() {
    return year;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public int getQuota() {
    return quota;
  }

  public String getNote() {
    return note;
  }

  public LocalDate getLetterSignedOn() {
    return letterSignedOn;
  }

  public String getLetterSignedBy() {
    return letterSignedBy;
  }

  public Long getLetterDocumentId() {
    return letterDocumentId;
  }
}
