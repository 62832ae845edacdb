package cn.dangjian.domain.care;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One member to visit in a campaign, why, by whom, and the visit once made: the day, who recorded
 * it, what was found, what was given, and the follow-up needed (no photo, no location).
 */
@Entity
@Table(name = "care_visit")
public class CareVisit implements InOrganization, Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_TEXT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id")
  private VisitCampaign campaign;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "member_name", nullable = false, length = 100)
  private String memberName;

  @Column(name = "organization_name", nullable = false, length = 100)
  private String organizationName;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(nullable = false, length = 100)
  private String reasons;

  @Column(name = "visitor_id")
  private Long visitorId;

  @Column(name = "visitor_name", length = 100)
  private String visitorName;

  @Column(name = "visited_on")
  private LocalDate visitedOn;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "found_text", length = MAX_TEXT)
  private String found;

  @Column(name = "given_text", length = MAX_TEXT)
  private String given;

  @Column(name = "follow_up", length = MAX_TEXT)
  private String followUp;

  protected CareVisit() {}

  public CareVisit(
      VisitCampaign campaign,
      Long memberId,
      String memberName,
      String organizationName,
      String orgPath,
      Set<VisitReason> reasons) {
    this.campaign = campaign;
    this.memberId = memberId;
    this.memberName = memberName;
    this.organizationName = organizationName;
    this.orgPath = orgPath;
    this.reasons = VisitReason.join(reasons);
  }

  /** The member to visit as they are now: their organization and its path. */
  public static CareVisit of(VisitCampaign campaign, Member m, Set<VisitReason> reasons) {
    return new CareVisit(
        campaign, m.getId(), m.getName(), m.getOrganization().getName(), m.getOrgPath(), reasons);
  }

  public void assign(Long visitorId, String visitorName) {
    this.visitorId = visitorId;
    this.visitorName = visitorName;
  }

  /**
   * The visit as recorded on the spot (again to correct it): its day within the campaign, what was
   * found; what was given and the follow-up needed when there are.
   */
  public void record(
      LocalDate on, String found, String given, String followUp, String by, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (!campaign.visitDay(on, today)) {
      problems.add(new Violation("on", "care.visit.on", campaign.getCreatedOn()));
    }
    if (found == null || found.isBlank() || found.strip().length() > MAX_TEXT) {
      problems.add(new Violation("found", "care.visit.found", MAX_TEXT));
    }
    if (given != null && given.strip().length() > MAX_TEXT) {
      problems.add(new Violation("given", "member.field.tooLong", MAX_TEXT));
    }
    if (followUp != null && followUp.strip().length() > MAX_TEXT) {
      problems.add(new Violation("followUp", "member.field.tooLong", MAX_TEXT));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.visitedOn = on;
    this.found = found.strip();
    this.given = given == null || given.isBlank() ? null : given.strip();
    this.followUp = followUp == null || followUp.isBlank() ? null : followUp.strip();
    this.recordedBy = by;
  }

  public boolean isVisited() {
    return visitedOn != null;
  }

  public Long getId() {
    return id;
  }

  public VisitCampaign getCampaign() {
    return campaign;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberName() {
    return memberName;
  }

  public String getOrganizationName() {
    return organizationName;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public Set<VisitReason> reasons() {
    return VisitReason.parse(reasons);
  }

  public Long getVisitorId() {
    return visitorId;
  }

  public String getVisitorName() {
    return visitorName;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getFound() {
    return found;
  }

  public String getGiven() {
    return given;
  }

  public String getFollowUp() {
    return followUp;
  }
}
