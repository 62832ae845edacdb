package cn.dangjian.domain.appraisal;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 民主评议党员: one branch's appraisal of its full members for a year (probationary members take part but
 * get no grade). Open, members assess themselves, review each other and vote; the poll is then
 * counted, and the branch decides each member's grade, 优秀 for at most the group's share of the
 * appraised members.
 */
@Entity
@Table(name = "appraisal")
public class Appraisal implements InOrganization, Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_SELF = 2000;
  public static final int MAX_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "appraisal_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AppraisalStage stage;

  @Column(nullable = false)
  private int members;

  @Column(name = "paper_ballots", nullable = false)
  private int paperBallots;

  @Column(name = "online_ballots", nullable = false)
  private int onlineBallots;

  @Column(name = "excellent_limit")
  private Integer excellentLimit;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "opened_by", nullable = false, length = 100)
  private String openedBy;

  @Column(name = "counted_on")
  private LocalDate countedOn;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @OneToMany(mappedBy = "appraisal", cascade = CascadeType.PERSIST)
  @OrderBy("memberName, memberId")
  private List<AppraisalEntry> entries = new ArrayList<>();

  protected Appraisal() {}

  /**
   * The branch's appraisal of the year (this one or the last: appraisals are held at the year's end
   * or early in the next) of its full members.
   */
  public Appraisal(
      Organization branch, int year, List<Appraised> fullMembers, LocalDate today, String by) {
    if (year != today.getYear() && year != today.getYear() - 1) {
      throw new ValidationException(
          List.of(
              new Violation(
                  "year", "appraisal.year.invalid", today.getYear() - 1, today.getYear())));
    }
    if (fullMembers.isEmpty()) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "appraisal.members.none", branch.getName())));
    }
    this.organization = branch;
    this.orgPath = branch.getPath();
    this.year = year;
    this.stage = AppraisalStage.OPEN;
    this.members = fullMembers.size();
    this.openedOn = today;
    this.openedBy = by;
    fullMembers.forEach(m -> entries.add(new AppraisalEntry(this, m)));
  }

  public Optional<AppraisalEntry> entryOf(Long memberId) {
    return entries.stream().filter(e -> e.getMemberId().equals(memberId)).findFirst();
  }

  /** A member's self-assessment, written by them or from their paper by the branch. */
  public void assess(AppraisalEntry entry, String text, String by, LocalDate on) {
    requireOpen();
    entry.assess(required("text", text, MAX_SELF), by, on);
  }

  /** A text as kept: required, stripped, not longer than {@code max}. */
  public static String required(String field, String text, int max) {
    if (text == null || text.isBlank() || text.strip().length() > max) {
      throw new ValidationException(List.of(new Violation(field, "appraisal.text.invalid", max)));
    }
    return text.strip();
  }

  /**
   * A ballot may be cast: the poll open, every grade for an appraised member other than the voter
   * (who assesses themselves instead), and fewer ballots so far than members.
   */
  public void checkBallot(Map<Long, Grade> grades, Long voterId) {
    requireOpen();
    if (paperBallots + onlineBallots >= members) {
      throw new ConflictException("appraisal.ballots.full", members);
    }
    for (Map.Entry<Long, Grade> g : grades.entrySet()) {
      if (g.getKey() == null || entryOf(g.getKey()).isEmpty() || g.getValue() == null) {
        throw new ValidationException(List.of(new Violation("grades", "appraisal.ballot.invalid")));
      }
      if (g.getKey().equals(voterId)) {
        throw new ValidationException(List.of(new Violation("grades", "appraisal.ballot.self")));
      }
    }
  }

  /** The poll closes; its figures are shown to the branch committee. */
  public void count(LocalDate today) {
    requireOpen();
    this.stage = AppraisalStage.COUNTED;
    this.countedOn = today;
  }

  /**
   * The branch's decision: a grade for every appraised member, 优秀 for at most the share, and for
   * 不合格 the follow-up (限期改正 with its date after today).
   */
  public void decide(
      Map<Long, Decision> decisions, ExcellentShare share, LocalDate today, String by) {
    if (stage != AppraisalStage.COUNTED) {
      throw new ConflictException(
          stage == AppraisalStage.OPEN ? "appraisal.stage.open" : "appraisal.stage.decided");
    }
    List<Violation> problems = new ArrayList<>();
    decisions.keySet().stream()
        .filter(id -> id == null || entryOf(id).isEmpty())
        .findFirst()
        .ifPresent(id -> problems.add(new Violation("grades", "appraisal.grade.unknown")));
    int limit = share.limit(members);
    int excellent = 0;
    for (AppraisalEntry e : entries) {
      Decision d = decisions.get(e.getMemberId());
      if (d == null || d.grade() == null) {
        problems.add(new Violation("grades", "appraisal.grade.missing", e.getMemberName()));
        continue;
      }
      if (d.grade() == Grade.EXCELLENT) {
        excellent++;
      }
      if (d.grade() == Grade.UNQUALIFIED && d.followUp() == null) {
        problems.add(new Violation("grades", "appraisal.followUp.required", e.getMemberName()));
      }
      if (d.grade() != Grade.UNQUALIFIED && d.followUp() != null) {
        problems.add(new Violation("grades", "appraisal.followUp.only", e.getMemberName()));
      }
      if (d.followUp() == FollowUp.CORRECTION
          && (d.followUpBy() == null
              || !d.followUpBy().isAfter(today)
              || d.followUpBy().isAfter(today.plusYears(1)))) {
        problems.add(new Violation("grades", "appraisal.followUp.by", e.getMemberName()));
      }
      if (d.note() != null && d.note().strip().length() > MAX_NOTE) {
        problems.add(new Violation("grades", "member.field.tooLong", MAX_NOTE));
      }
    }
    if (excellent > limit) {
      problems.add(
          new Violation("grades", "appraisal.excellent.tooMany", members, limit, excellent));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    entries.forEach(e -> e.decide(decisions.get(e.getMemberId())));
    this.excellentLimit = limit;
    this.stage = AppraisalStage.DECIDED;
    this.decidedOn = today;
    this.decidedBy = by;
  }

  private void requireOpen() {
    if (stage != AppraisalStage.OPEN) {
      throw new ConflictException("appraisal.stage.closed");
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

  public AppraisalStage getStage() {
    return stage;
  }

  public int getMembers() {
    return members;
  }

  public int getPaperBallots() {
    return paperBallots;
  }

  public int getOnlineBallots() {
    return onlineBallots;
  }

  public Integer getExcellentLimit() {
    return excellentLimit;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getCountedOn() {
    return countedOn;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public List<AppraisalEntry> getEntries() {
    return Collections.unmodifiableList(entries);
  }
}
