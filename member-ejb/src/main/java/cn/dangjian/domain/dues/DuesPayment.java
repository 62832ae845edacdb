package cn.dangjian.domain.dues;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.shared.InOrganization;
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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A month's dues paid by a member, recorded in the organization the member belonged to then; one
 * per member and month. Dues are owed from the month of admission (for a probationary member, the
 * branch meeting's); a month may be paid back at most 6 months later, and ahead within the year.
 */
@Entity
@Table(name = "dues_payment")
public class DuesPayment implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  /** How many months late a month's dues may still be paid. */
  public static final int BACK_PAYMENT_MONTHS = 6;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "org_id", nullable = false)
  private Long orgId;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  /** The month paid for, as yyyymm. */
  @Column(name = "dues_month", nullable = false)
  private int month;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PayMethod method;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DuesPayment() {}

  /** The month's dues {@code due} paid on {@code paidOn} (not after {@code today}). */
  public DuesPayment(
      Member member,
      YearMonth month,
      BigDecimal due,
      PayMethod method,
      LocalDate paidOn,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (method == null) {
      problems.add(new Violation("method", "dues.method.required"));
    }
    if (paidOn == null || paidOn.isAfter(today)) {
      problems.add(new Violation("paidOn", "dues.paidOn.invalid"));
    } else if (month != null) {
      YearMonth paid = YearMonth.from(paidOn);
      if (month.isBefore(paid.minusMonths(BACK_PAYMENT_MONTHS))) {
        problems.add(new Violation("month", "dues.month.tooLate", BACK_PAYMENT_MONTHS));
      } else if (month.getYear() > paid.getYear() + (paid.getMonthValue() == 12 ? 1 : 0)) {
        problems.add(new Violation("month", "dues.month.tooEarly"));
      }
    }
    owed(member, month, problems);
    if (due == null && month != null) {
      problems.add(new Violation("month", "dues.base.missing", month.getYear()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    fill(member, month, due, method, paidOn, by, at);
  }

  private void fill(
      Member member,
      YearMonth month,
      BigDecimal due,
      PayMethod method,
      LocalDate paidOn,
      String by,
      Instant at) {
    this.memberId = member.getId();
    this.orgId = member.getOrganization().getId();
    this.orgPath = member.getOrgPath();
    this.month = code(month);
    this.amount = due;
    this.method = method;
    this.paidOn = paidOn;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /**
   * A month paid before the group kept its books here, as the paper books say: the amount written
   * then (the base of that year may be unknown here), and no back-payment window, since it is what
   * happened; still a month the member owed, paid in the past.
   */
  public static DuesPayment fromPaper(
      Member member,
      YearMonth month,
      BigDecimal amount,
      PayMethod method,
      LocalDate paidOn,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (month != null && month.isAfter(YearMonth.from(today))) {
      problems.add(new Violation("month", "dues.history.future"));
    } else {
      owed(member, month, problems);
    }
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      problems.add(
          new Violation(
              "amount", "dues.sheet.amountInvalid", amount == null ? "" : amount.toPlainString()));
    }
    if (method == null) {
      problems.add(new Violation("method", "dues.method.required"));
    }
    if (paidOn == null || paidOn.isAfter(today)) {
      problems.add(new Violation("paidOn", "dues.paidOn.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    DuesPayment p = new DuesPayment();
    p.fill(member, month, amount, method, paidOn, by, at);
    return p;
  }

  /** A month is given, and one the member owes. */
  private static void owed(Member member, YearMonth month, List<Violation> problems) {
    if (month == null) {
      problems.add(new Violation("month", "dues.month.required"));
    } else if (owedFrom(member).map(month::isBefore).orElse(true)) {
      problems.add(new Violation("month", "dues.month.notOwed"));
    }
  }

  /** The first month the member owes dues: that of admission; none before it is known. */
  public static Optional<YearMonth> owedFrom(Member member) {
    return Optional.ofNullable(member.getJoinDate()).map(YearMonth::from);
  }

  public static int code(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  public static YearMonth month(int code) {
    return YearMonth.of(code / 100, code % 100);
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public YearMonth getMonth() {
    return month(month);
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public PayMethod getMethod() {
    return method;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }
}
