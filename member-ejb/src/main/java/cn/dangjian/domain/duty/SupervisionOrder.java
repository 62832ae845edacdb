package cn.dangjian.domain.duty;

import cn.dangjian.domain.shared.ConflictException;
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

/**
 * 督办: an order on a lagging target, to a responsible person, with what is required and a deadline;
 * overdue from the day after the deadline while it is open; closed with its outcome.
 */
@Entity
@Table(name = "duty_order")
public class SupervisionOrder implements InOrganization, Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_TEXT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_id")
  private Target target;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "responsible_id", nullable = false)
  private Long responsibleId;

  @Column(name = "responsible_name", nullable = false, length = 100)
  private String responsibleName;

  @Column(nullable = false, length = MAX_TEXT)
  private String requirement;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(length = MAX_TEXT)
  private String outcome;

  protected SupervisionOrder() {}

  /** An order on an agreed target not yet assessed, due after today and within a year. */
  public SupervisionOrder(
      Target target,
      Long responsibleId,
      String responsibleName,
      String requirement,
      LocalDate deadline,
      String by,
      LocalDate today) {
    target.requireAgreed();
    List<Violation> problems = new ArrayList<>();
    if (requirement == null || requirement.isBlank() || requirement.strip().length() > MAX_TEXT) {
      problems.add(new Violation("requirement", "order.requirement", MAX_TEXT));
    }
    if (deadline == null || !deadline.isAfter(today) || deadline.isAfter(today.plusYears(1))) {
      problems.add(new Violation("deadline", "order.deadline"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.target = target;
    this.orgPath = target.getOrgPath();
    this.responsibleId = responsibleId;
    this.responsibleName = responsibleName;
    this.requirement = requirement.strip();
    this.deadline = deadline;
    this.issuedOn = today;
    this.issuedBy = by;
  }

  /** Open and past its deadline: overdue from the day after it. */
  public boolean isOverdue(LocalDate today) {
    return closedOn == null && today.isAfter(deadline);
  }

  /** Overdue and not yet reminded: the reminder goes out once, and is marked so. */
  public boolean remind(LocalDate today) {
    if (!isOverdue(today) || remindedOn != null) {
      return false;
    }
    this.remindedOn = today;
    return true;
  }

  public void close(String outcome, String by, LocalDate today) {
    if (closedOn != null) {
      throw new ConflictException("order.closed");
    }
    if (outcome == null || outcome.isBlank() || outcome.strip().length() > MAX_TEXT) {
      throw new ValidationException(List.of(new Violation("outcome", "order.outcome", MAX_TEXT)));
    }
    this.outcome = outcome.strip();
    this.closedOn = today;
    this.closedBy = by;
  }

  public boolean isOpen() {
    return closedOn == null;
  }

  public Long getId() {
    return id;
  }

  public Target getTarget() {
    return target;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public String getResponsibleName() {
    return responsibleName;
  }

  public String getRequirement() {
    return requirement;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public LocalDate getRemindedOn() {
    return remindedOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getOutcome() {
    return outcome;
  }
}
