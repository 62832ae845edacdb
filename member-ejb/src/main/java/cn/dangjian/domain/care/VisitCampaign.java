package cn.dangjian.domain.care;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * 走访慰问: a committee's holiday visit campaign for its subtree (春节, 七一, 中秋, or one it names), with
 * the rules that say who must be visited before the holiday.
 */
@Entity
@Table(name = "care_campaign")
public class VisitCampaign implements InOrganization, Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Holiday holiday;

  @Column(name = "holiday_on", nullable = false)
  private LocalDate holidayOn;

  @Column(nullable = false, length = 100)
  private String rules;

  @Column(name = "created_on", nullable = false)
  private LocalDate createdOn;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected VisitCampaign() {}

  /**
   * A campaign named (the holiday's name when blank, required for another), for a holiday not past
   * and within a year, with at least one rule.
   */
  public VisitCampaign(
      Organization org,
      String name,
      Holiday holiday,
      LocalDate holidayOn,
      Set<VisitReason> rules,
      String holidayName,
      String by,
      LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    boolean named = name != null && !name.isBlank();
    String n = named ? name.strip() : holiday == Holiday.OTHER ? null : holidayName;
    if (holiday == null) {
      problems.add(new Violation("holiday", "care.campaign.holiday"));
    } else if (n == null || n.isBlank() || n.length() > MAX_NAME) {
      problems.add(new Violation("name", "care.campaign.name", MAX_NAME));
    }
    if (holidayOn == null || holidayOn.isBefore(today) || holidayOn.isAfter(today.plusYears(1))) {
      problems.add(new Violation("holidayOn", "care.campaign.day"));
    }
    if (rules == null || rules.isEmpty() || rules.contains(VisitReason.PICKED)) {
      problems.add(new Violation("rules", "care.campaign.rules"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.organization = org;
    this.orgPath = org.getPath();
    this.name = n;
    this.holiday = holiday;
    this.holidayOn = holidayOn;
    this.rules = VisitReason.join(rules);
    this.createdOn = today;
    this.createdBy = by;
  }

  /** Visits are recorded from the campaign's start until a month after the holiday. */
  public boolean visitDay(LocalDate on, LocalDate today) {
    return on != null
        && !on.isBefore(createdOn)
        && !on.isAfter(today)
        && !on.isAfter(holidayOn.plusMonths(1));
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

  public String getName() {
    return name;
  }

  public Holiday getHoliday() {
    return holiday;
  }

  public LocalDate getHolidayOn() {
    return holidayOn;
  }

  public Set<VisitReason> rules() {
    return VisitReason.parse(rules);
  }

  public LocalDate getCreatedOn() {
    return createdOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
