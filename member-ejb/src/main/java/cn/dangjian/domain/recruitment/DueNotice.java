package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-app notice raised by the daily scan: a case owes a step by a day. It is addressed to the
 * organization that must act (the branch for branch steps, the party committee above it for
 * committee steps) and is resolved, not deleted, once the step is done or the case closed. One
 * notice per case, step, due day and kind, so a scan that runs twice raises nothing new.
 */
@Entity
@Table(name = "due_notice")
public class DueNotice implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A time limit is announced this many days ahead. */
  public static final int WARNING_DAYS = 14;

  @Id
  @SequenceGenerator(name = "dueNoticeSeq", sequenceName = "due_notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dueNoticeSeq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DueNoticeKind kind;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "person_name", nullable = false, length = 50)
  private String personName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization addressee;

  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Step step;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Edition edition;

  @Column(nullable = false, length = 10)
  private String article;

  @Column(name = "message_key", nullable = false, length = 60)
  private String messageKey;

  @Column(name = "raised_on", nullable = false)
  private LocalDate raisedOn;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  protected DueNotice() {}

  DueNotice(DueNoticeKind kind, RecruitmentCase c, Deadline d, LocalDate today) {
    this.kind = kind;
    this.caseId = c.getId();
    this.personName = c.getName();
    this.addressee = addressee(c.getOrganization(), d.step().actor());
    this.orgPath = addressee.getPath();
    this.step = d.step();
    this.dueOn = d.due();
    this.edition = d.citation().edition();
    this.article = d.citation().article();
    this.messageKey = d.key();
    this.raisedOn = today;
  }

  /**
   * The notices a case's time limits call for today: overdue once the day has passed, due soon
   * within {@link #WARNING_DAYS}; nothing for limits further away.
   */
  public static List<DueNotice> raise(RecruitmentCase c, LocalDate today) {
    List<DueNotice> raised = new ArrayList<>();
    for (Deadline d : Pipeline.deadlines(c)) {
      if (d.overdueOn(today)) {
        raised.add(new DueNotice(DueNoticeKind.OVERDUE, c, d, today));
      } else if (!d.due().isAfter(today.plusDays(WARNING_DAYS))) {
        raised.add(new DueNotice(DueNoticeKind.DUE_SOON, c, d, today));
      }
    }
    return raised;
  }

  /** Branch steps fall to the branch; committee steps to the nearest party committee above it. */
  static Organization addressee(Organization branch, Actor actor) {
    if (actor == Actor.BRANCH) {
      return branch;
    }
    Organization top = branch;
    for (Organization o = branch.getParent(); o != null; o = o.getParent()) {
      if (o.getKind() == OrgKind.COMMITTEE) {
        return o;
      }
      top = o;
    }
    return top;
  }

  /**
   * Identifies the notice across scans: the same limit of the same case is raised once per kind.
   */
  public String key() {
    return key(caseId, step, dueOn, kind);
  }

  public static String key(Long caseId, Step step, LocalDate dueOn, DueNoticeKind kind) {
    return caseId + "/" + step + "/" + dueOn + "/" + kind;
  }

  /** The step is done or the case closed: the notice no longer asks anything. */
  public void resolve(LocalDate on) {
    if (resolvedOn == null) {
      resolvedOn = on;
    }
  }

  public Long getId() {
    return id;
  }

  public DueNoticeKind getKind() {
    return kind;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getPersonName() {
    return personName;
  }

  public Organization getAddressee() {
    return addressee;
  }

  public String getOrgPath() {
    return orgPath;
  }

  public Step getStep() {
    return step;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Citation getCitation() {
    return new Citation(edition, article);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public LocalDate getRaisedOn() {
    return raisedOn;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }
}
