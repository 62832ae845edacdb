package cn.dangjian.domain.member;

import cn.dangjian.domain.org.Organization;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a member's history. The kinds share one shape: a period, a title, a subtype (the
 * sanction type, the hardship kind, the family relation), free detail, and for transfers the
 * organizations left and joined. Entries are appended, never edited.
 */
@Entity
@Table(name = "member_history")
public class HistoryEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "historySeq", sequenceName = "member_history_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historySeq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private HistoryKind kind;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 40)
  private String subtype;

  @Column(length = 1000)
  private String detail;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "from_org_id")
  private Organization fromOrganization;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "to_org_id")
  private Organization toOrganization;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected HistoryEntry() {}

  public HistoryEntry(
      Member member,
      HistoryKind kind,
      LocalDate startDate,
      LocalDate endDate,
      String title,
      String subtype,
      String detail,
      String recordedBy,
      Instant recordedAt) {
    this.member = member;
    this.kind = kind;
    this.startDate = startDate;
    this.endDate = endDate;
    this.title = title;
    this.subtype = subtype;
    this.detail = detail;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The title's, subtype's and detail's longest, as the columns hold them. */
  public static final int TITLE_LENGTH = 200;

  public static final int SUBTYPE_LENGTH = 40;
  public static final int DETAIL_LENGTH = 1000;

  /**
   * What is wrong with a history line as typed: a kind, a start, a title, an end not before the
   * start, nothing longer than its column.
   */
  public static List<Violation> problems(
      HistoryKind kind,
      LocalDate start,
      LocalDate end,
      String title,
      String subtype,
      String detail) {
    List<Violation> v = new ArrayList<>();
    if (kind == null) {
      v.add(new Violation("kind", "history.kind.invalid"));
    }
    if (start == null) {
      v.add(new Violation("startDate", "history.startDate.required"));
    }
    if (title == null || title.isBlank()) {
      v.add(new Violation("title", "history.title.required"));
    } else if (title.strip().length() > TITLE_LENGTH) {
      v.add(new Violation("title", "member.field.tooLong", TITLE_LENGTH));
    }
    if (start != null && end != null && end.isBefore(start)) {
      v.add(new Violation("endDate", "history.endDate.beforeStart"));
    }
    if (subtype != null && subtype.strip().length() > SUBTYPE_LENGTH) {
      v.add(new Violation("subtype", "member.field.tooLong", SUBTYPE_LENGTH));
    }
    if (detail != null && detail.strip().length() > DETAIL_LENGTH) {
      v.add(new Violation("detail", "member.field.tooLong", DETAIL_LENGTH));
    }
    return v;
  }

  public static HistoryEntry transfer(
      Member member,
      Organization from,
      Organization to,
      LocalDate on,
      String reason,
      String recordedBy,
      Instant at) {
    HistoryEntry e =
        new HistoryEntry(
            member,
            HistoryKind.TRANSFER,
            on,
            null,
            from.getName() + " → " + to.getName(),
            null,
            reason,
            recordedBy,
            at);
    e.fromOrganization = from;
    e.toOrganization = to;
    return e;
  }

  /**
   * A transfer across the group's edge: out to an organization outside it ({@code from} is the
   * branch left) or in from one ({@code to} is the branch joined); the other side only by name.
   */
  public static HistoryEntry transferAcross(
      Member member,
      Organization from,
      Organization to,
      String outsideName,
      LocalDate on,
      String reason,
      String recordedBy,
      Instant at) {
    String title =
        (from == null ? outsideName : from.getName())
            + " → "
            + (to == null ? outsideName : to.getName());
    HistoryEntry e =
        new HistoryEntry(
            member, HistoryKind.TRANSFER, on, null, title, null, reason, recordedBy, at);
    e.fromOrganization = from;
    e.toOrganization = to;
    return e;
  }

  public Long getId() {
    return id;
  }

  public Member getMember() {
    return member;
  }

  public HistoryKind getKind() {
    return kind;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getTitle() {
    return title;
  }

  public String getSubtype() {
    return subtype;
  }

  public String getDetail() {
    return detail;
  }

  public Organization getFromOrganization() {
    return fromOrganization;
  }

  public Organization getToOrganization() {
    return toOrganization;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
