package cn.dangjian.domain.dues;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * 党费减免: a member's dues reduced to a monthly amount, or exempted (amount 0), for a span of months,
 * as the branch decided it; it counts only once the next level has approved it, and never by the
 * one who asked for it.
 */
@Entity
@Table(name = "dues_relief")
public class DuesRelief implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  /** The longest span one decision covers: relief is decided again each year. */
  public static final int MAX_MONTHS = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "member_name", nullable = false, length = 100)
  private String memberName;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "from_month", nullable = false)
  private int fromMonth;

  @Column(name = "to_month", nullable = false)
  private int toMonth;

  /** The monthly dues while it lasts; zero for an exemption. */
  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 500)
  private String reason;

  /** The day the branch (its general meeting or committee) decided it. */
  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReliefStatus status;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_note", length = 500)
  private String reviewNote;

  protected DuesRelief() {}

  public DuesRelief(
      Member member,
      YearMonth from,
      YearMonth to,
      BigDecimal amount,
      String reason,
      LocalDate decidedOn,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new Violation("from", "dues.month.required"));
    }
    if (to == null
        || from != null && (to.isBefore(from) || !to.isBefore(from.plusMonths(MAX_MONTHS)))) {
      problems.add(new Violation("to", "dues.relief.span", MAX_MONTHS));
    }
    if (amount == null
        || amount.signum() < 0
        || amount.compareTo(DuesBase.MAX_BASE) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      problems.add(new Violation("amount", "dues.relief.amount"));
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      problems.add(new Violation("reason", "dues.relief.reason"));
    }
    if (decidedOn == null || decidedOn.isAfter(today)) {
      problems.add(new Violation("decidedOn", "dues.relief.decidedOn"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.memberId = member.getId();
    this.memberName = member.getName();
    this.orgPath = member.getOrgPath();
    this.fromMonth = DuesPayment.code(from);
    this.toMonth = DuesPayment.code(to);
    this.amount = amount.setScale(2);
    this.reason = why;
    this.decidedOn = decidedOn;
    this.status = ReliefStatus.REQUESTED;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  /** The next level's approval: from now on the months it covers are due at its amount. */
  public void approve(String by, Instant at, String note) {
    review(ReliefStatus.APPROVED, by, at, note);
  }

  /** The next level's refusal, with the reason the branch reads. */
  public void refuse(String by, Instant at, String note) {
    if (note == null || note.isBlank()) {
      throw new ValidationException(List.of(new Violation("note", "dues.relief.refusalNote")));
    }
    review(ReliefStatus.REFUSED, by, at, note);
  }

  private void review(ReliefStatus outcome, String by, Instant at, String note) {
    if (status != ReliefStatus.REQUESTED) {
      throw new ConflictException("dues.relief.reviewed");
    }
    if (requestedBy.equals(by)) {
      throw new RefusedException("dues.relief.ownRequest");
    }
    String text = note == null ? null : note.strip();
    if (text != null && text.length() > 500) {
      throw new ValidationException(List.of(new Violation("note", "dues.relief.note")));
    }
    this.status = outcome;
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.reviewNote = text == null || text.isEmpty() ? null : text;
  }

  /** Whether this relief, approved, sets the month's dues. */
  public boolean covers(YearMonth month) {
    int code = DuesPayment.code(month);
    return status == ReliefStatus.APPROVED && fromMonth <= code && code <= toMonth;
  }

  /**
   * A month's dues: the amount of an approved relief covering it, else the base's monthly dues;
   * none when neither (no base for the month's year).
   */
  public static BigDecimal due(
      BigDecimal monthly, Collection<DuesRelief> reliefs, YearMonth month) {
    for (DuesRelief r : reliefs) {
      if (r.covers(month)) {
        return r.amount;
      }
    }
    return monthly;
  }

  /** Whether it would cover any month of the other's span (one request per month at a time). */
  public boolean overlaps(YearMonth from, YearMonth to) {
    return status != ReliefStatus.REFUSED
        && fromMonth <= DuesPayment.code(to)
        && DuesPayment.code(from) <= toMonth;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberName() {
    return memberName;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public YearMonth getFrom() {
    return DuesPayment.month(fromMonth);
  }

  public YearMonth getTo() {
    return DuesPayment.month(toMonth);
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isExemption() {
    return amount.signum() == 0;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public ReliefStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewNote() {
    return reviewNote;
  }
}
