package cn.dangjian.domain.transfer;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 组织关系转接: one member's organization relation moved within the group (the receiving side accepts or
 * refuses, the sender may cancel before), out of it (an introduction letter valid for a stated
 * number of days, at most 90; the receipt expected within {@value #RECEIPT_DAYS} days, the sending
 * branch responsible until it is back) or into it (the letter received and a receipt sent back).
 */
@Entity
@Table(name = "member_transfer")
public class Transfer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The receiving committee returns the receipt within a month: overdue from the 31st day. */
  public static final int RECEIPT_DAYS = 30;

  /** An introduction letter is valid for a stated period, at most three months. */
  public static final int MAX_LETTER_DAYS = 90;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private TransferKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TransferState state;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "member_name", nullable = false, length = 100)
  private String memberName;

  @Column(name = "from_org_id")
  private Long fromOrgId;

  @Column(name = "from_org_name", nullable = false, length = 200)
  private String fromOrgName;

  @Column(name = "from_path", length = 400)
  private String fromPath;

  @Column(name = "to_org_id")
  private Long toOrgId;

  @Column(name = "to_org_name", nullable = false, length = 200)
  private String toOrgName;

  @Column(name = "to_path", length = 400)
  private String toPath;

  @Column(nullable = false, length = 200)
  private String reason;

  /** Asked on (within), the letter's day (out), the day the letter came (in). */
  @Column(name = "dated_on", nullable = false)
  private LocalDate on;

  @Column(name = "letter_number", length = 40)
  private String letterNumber;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "receipt_on")
  private LocalDate receiptOn;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 200)
  private String decisionNote;

  protected Transfer() {}

  private Transfer(
      TransferKind kind, Member member, String reason, LocalDate on, String by, Instant at) {
    this.kind = kind;
    this.memberId = member.getId();
    this.memberName = member.getName();
    this.reason = reason;
    this.on = on;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  private static List<Violation> basics(String reason, LocalDate on, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
      problems.add(new Violation("reason", "transfer.reason.required", 200));
    }
    if (on == null || on.isAfter(today)) {
      problems.add(new Violation("on", "transfer.on.invalid"));
    }
    return problems;
  }

  /** A name typed for what the group keeps no record of: present, and at most {@code max} long. */
  private static void named(String value, String field, int max, List<Violation> problems) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      problems.add(new Violation(field, "transfer." + field + ".required", max));
    }
  }

  private static void refuseIf(List<Violation> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static boolean receives(Organization o) {
    return o.getKind() == OrgKind.BRANCH || o.getKind() == OrgKind.GROUP;
  }

  /** Within the group: to a branch other than the member's own, waiting for its acceptance. */
  public static Transfer within(
      Member member,
      Organization target,
      String reason,
      LocalDate on,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = basics(reason, on, today);
    if (!receives(target) || target.getId().equals(member.getOrganization().getId())) {
      problems.add(new Violation("targetOrganizationId", "transfer.target.invalid"));
    }
    refuseIf(problems);
    Transfer t = new Transfer(TransferKind.WITHIN, member, reason.strip(), on, by, at);
    t.from(member.getOrganization());
    t.toOrgId = target.getId();
    t.toOrgName = target.getDisplayName();
    t.toPath = target.getPath();
    t.state = TransferState.REQUESTED;
    return t;
  }

  /** Out of the group: the introduction letter to the receiving organization, valid some days. */
  public static Transfer out(
      Member member,
      String receivingOrganization,
      String reason,
      int validDays,
      LocalDate on,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = basics(reason, on, today);
    named(receivingOrganization, "toOrganization", 200, problems);
    if (validDays < 1 || validDays > MAX_LETTER_DAYS) {
      problems.add(new Violation("validDays", "transfer.validDays.range", MAX_LETTER_DAYS));
    }
    refuseIf(problems);
    Transfer t = new Transfer(TransferKind.OUT, member, reason.strip(), on, by, at);
    t.from(member.getOrganization());
    t.toOrgName = receivingOrganization.strip();
    t.validUntil = on.plusDays(validDays - 1L);
    t.state = TransferState.LETTER_ISSUED;
    return t;
  }

  /** Into the group: the member, already entered in their new branch, came with this letter. */
  public static Transfer in(
      Member member,
      String sendingOrganization,
      String letterNumber,
      String reason,
      LocalDate on,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = basics(reason, on, today);
    named(sendingOrganization, "fromOrganization", 200, problems);
    named(letterNumber, "letterNumber", 40, problems);
    refuseIf(problems);
    Transfer t = new Transfer(TransferKind.IN, member, reason.strip(), on, by, at);
    t.fromOrgName = sendingOrganization.strip();
    t.letterNumber = letterNumber.strip();
    Organization to = member.getOrganization();
    t.toOrgId = to.getId();
    t.toOrgName = to.getDisplayName();
    t.toPath = to.getPath();
    t.state = TransferState.RECEIVED;
    t.decidedBy = by;
    t.decidedAt = at;
    return t;
  }

  private void from(Organization o) {
    this.fromOrgId = o.getId();
    this.fromOrgName = o.getDisplayName();
    this.fromPath = o.getPath();
  }

  /** The letter's number once the id is known: J, the year, the id. */
  public void number() {
    if (kind == TransferKind.OUT && letterNumber == null) {
      letterNumber = String.format("J%d-%06d", on.getYear(), id);
    }
  }

  private void decide(TransferState from, TransferState to, String note, String by, Instant at) {
    if (state != from) {
      throw new ConflictException("transfer.decided", memberName);
    }
    state = to;
    decisionNote = note == null || note.isBlank() ? null : note.strip();
    decidedBy = by;
    decidedAt = at;
  }

  public void accept(String by, Instant at) {
    decide(TransferState.REQUESTED, TransferState.ACCEPTED, null, by, at);
  }

  /** The receiving side says no, and why (a transfer to the wrong branch, say). */
  public void refuse(String note, String by, Instant at) {
    if (note == null || note.isBlank() || note.strip().length() > 200) {
      throw new ValidationException(List.of(new Violation("note", "transfer.note.required", 200)));
    }
    decide(TransferState.REQUESTED, TransferState.REFUSED, note, by, at);
  }

  /** The sender takes back a request not yet decided. */
  public void cancel(String by, Instant at) {
    decide(TransferState.REQUESTED, TransferState.CANCELLED, null, by, at);
  }

  /** The receipt came back on {@code day}: the sender's responsibility ends. */
  public void receiptReturned(LocalDate day, LocalDate today, String by, Instant at) {
    if (day == null || day.isBefore(on) || day.isAfter(today)) {
      throw new ValidationException(
          List.of(new Violation("receiptOn", "transfer.receiptOn.invalid")));
    }
    decide(TransferState.LETTER_ISSUED, TransferState.RECEIPT_RETURNED, null, by, at);
    receiptOn = day;
  }

  public LocalDate receiptDue() {
    return kind == TransferKind.OUT ? on.plusDays(RECEIPT_DAYS) : null;
  }

  /** A letter whose receipt is not back after {@value #RECEIPT_DAYS} days. */
  public boolean receiptOverdue(LocalDate today) {
    return state == TransferState.LETTER_ISSUED
        && ChronoUnit.DAYS.between(on, today) > RECEIPT_DAYS;
  }

  /** Whether the subtree at {@code path} sends or receives it. */
  public boolean touches(String path) {
    return (fromPath != null && fromPath.startsWith(path))
        || (toPath != null && toPath.startsWith(path));
  }

  public Long getId() {
    return id;
  }

  public TransferKind getKind() {
    return kind;
  }

  public TransferState getState() {
    return state;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberName() {
    return memberName;
  }

  public Long getFromOrgId() {
    return fromOrgId;
  }

  public String getFromOrgName() {
    return fromOrgName;
  }

  public String getFromPath() {
    return fromPath;
  }

  public Long getToOrgId() {
    return toOrgId;
  }

  public String getToOrgName() {
    return toOrgName;
  }

  public String getToPath() {
    return toPath;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getOn() {
    return on;
  }

  public String getLetterNumber() {
    return letterNumber;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public LocalDate getReceiptOn() {
    return receiptOn;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
