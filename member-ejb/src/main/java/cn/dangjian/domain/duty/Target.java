package cn.dangjian.domain.duty;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 年初定目标: a target of the year, of an organization or of one member (then agreed by the member and
 * their secretary, each on their side), with the progress reported against it during the year and
 * its assessment at the end (met, partly met, not met, with the evidence).
 */
@Entity
@Table(name = "duty_target")
public class Target implements InOrganization, Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_EVIDENCE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "target_year", nullable = false)
  private int year;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "member_name", length = 100)
  private String memberName;

  @Column(name = "template_id")
  private Long templateId;

  @Embedded private TargetText text;

  @Column(name = "set_by", nullable = false, length = 100)
  private String setBy;

  @Column(name = "set_on", nullable = false)
  private LocalDate setOn;

  @Column(name = "member_agreed_on")
  private LocalDate memberAgreedOn;

  @Column(name = "secretary_agreed_on")
  private LocalDate secretaryAgreedOn;

  @Column(name = "secretary_agreed_by", length = 100)
  private String secretaryAgreedBy;

  /** {@link #isAgreed()} kept with the row, so that overviews count targets in the database. */
  @Column(nullable = false)
  private boolean agreed;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private TargetResult result;

  @Column(length = MAX_EVIDENCE)
  private String evidence;

  @Column(name = "assessed_on")
  private LocalDate assessedOn;

  @Column(name = "assessed_by", length = 100)
  private String assessedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "duty_target_progress", joinColumns = @JoinColumn(name = "target_id"))
  @OrderBy("reportedOn")
  private List<Progress> progress = new ArrayList<>();

  protected Target() {}

  /**
   * A target of the organization, or of the member {@code memberId} of it, for this year or the
   * next (set in December). A member's target set by the member counts as their agreement; set by
   * the secretary, as the secretary's.
   */
  public Target(
      Organization org,
      int year,
      Long memberId,
      String memberName,
      Long templateId,
      TargetText text,
      boolean byMember,
      String by,
      LocalDate today) {
    if (year != today.getYear() && year != today.getYear() + 1) {
      throw new ValidationException(
          List.of(new Violation("year", "target.year", today.getYear(), today.getYear() + 1)));
    }
    this.organization = org;
    this.orgPath = org.getPath();
    this.year = year;
    this.memberId = memberId;
    this.memberName = memberName;
    this.templateId = templateId;
    this.text = text;
    this.setBy = by;
    this.setOn = today;
    if (memberId == null || !byMember) {
      this.secretaryAgreedOn = today;
      this.secretaryAgreedBy = by;
    }
    if (memberId != null && byMember) {
      this.memberAgreedOn = today;
    }
    this.agreed = isAgreed();
  }

  /** The member's agreement to their target. */
  public void agreeAsMember(LocalDate today) {
    requireOpen();
    if (memberAgreedOn == null) {
      this.memberAgreedOn = today;
    }
    this.agreed = isAgreed();
  }

  /** The secretary's (or the committee's) agreement to a member's target. */
  public void agreeAsSecretary(String by, LocalDate today) {
    requireOpen();
    if (secretaryAgreedOn == null) {
      this.secretaryAgreedOn = today;
      this.secretaryAgreedBy = by;
    }
    this.agreed = isAgreed();
  }

  /** An organization's target holds once set; a member's once both have agreed. */
  public boolean isAgreed() {
    return secretaryAgreedOn != null && (memberId == null || memberAgreedOn != null);
  }

  public boolean isAssessed() {
    return result != null;
  }

  /** Progress is reported once the target is agreed, until it is assessed. */
  public boolean takesProgress() {
    return isAgreed() && !isAssessed();
  }

  /** Progress reported in the target's year, not after today, once agreed and until assessed. */
  public void report(LocalDate on, Integer percent, String report, String by, LocalDate today) {
    requireAgreed();
    List<Violation> problems = new ArrayList<>();
    if (on == null || on.getYear() != year || on.isAfter(today)) {
      problems.add(new Violation("on", "target.progress.on", year));
    }
    if (percent == null || percent < 0 || percent > 100) {
      problems.add(new Violation("percent", "target.progress.percent"));
    }
    if (report == null || report.isBlank() || report.strip().length() > Progress.MAX_REPORT) {
      problems.add(new Violation("report", "target.progress.report", Progress.MAX_REPORT));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    progress.add(new Progress(on, percent, report.strip(), by));
  }

  /**
   * 年末: the target assessed with its evidence, once, from its due day or from December of its year.
   */
  public void assess(TargetResult result, String evidence, String by, LocalDate today) {
    requireAgreed();
    if (today.isBefore(text.getDueOn()) && today.isBefore(LocalDate.of(year, 12, 1))) {
      throw new ConflictException("target.assess.early", text.getDueOn());
    }
    List<Violation> problems = new ArrayList<>();
    if (result == null) {
      problems.add(new Violation("result", "target.result.invalid"));
    }
    if (evidence == null || evidence.isBlank() || evidence.strip().length() > MAX_EVIDENCE) {
      problems.add(new Violation("evidence", "target.evidence.invalid", MAX_EVIDENCE));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.result = result;
    this.evidence = evidence.strip();
    this.assessedOn = today;
    this.assessedBy = by;
  }

  /** How far the target has come: the last report's per cent, 0 before any. */
  public int percentDone() {
    return progress.isEmpty() ? 0 : progress.get(progress.size() - 1).getPercent();
  }

  void requireAgreed() {
    requireOpen();
    if (!isAgreed()) {
      throw new ConflictException("target.notAgreed");
    }
  }

  private void requireOpen() {
    if (isAssessed()) {
      throw new ConflictException("target.assessed.closed");
    }
  }

  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public int getYear() {
    return year;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberName() {
    return memberName;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public TargetText text() {
    return text;
  }

  public String getSetBy() {
    return setBy;
  }

  public LocalDate getSetOn() {
    return setOn;
  }

  public LocalDate getMemberAgreedOn() {
    return memberAgreedOn;
  }

  public LocalDate getSecretaryAgreedOn() {
    return secretaryAgreedOn;
  }

  public String getSecretaryAgreedBy() {
    return secretaryAgreedBy;
  }

  public TargetResult getResult() {
    return result;
  }

  public String getEvidence() {
    return evidence;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public List<Progress> getProgress() {
    return Collections.unmodifiableList(progress);
  }
}
