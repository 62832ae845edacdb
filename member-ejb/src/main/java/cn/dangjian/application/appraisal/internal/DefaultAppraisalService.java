package cn.dangjian.application.appraisal.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.appraisal.AppraisalOverview;
import cn.dangjian.application.appraisal.AppraisalService;
import cn.dangjian.application.appraisal.AppraisalView;
import cn.dangjian.application.appraisal.BallotData;
import cn.dangjian.application.appraisal.DecisionData;
import cn.dangjian.application.appraisal.OpenData;
import cn.dangjian.application.appraisal.TextData;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.appraisal.Appraisal;
import cn.dangjian.domain.appraisal.AppraisalEntry;
import cn.dangjian.domain.appraisal.AppraisalRepository;
import cn.dangjian.domain.appraisal.AppraisalStage;
import cn.dangjian.domain.appraisal.Ballot;
import cn.dangjian.domain.appraisal.Decision;
import cn.dangjian.domain.appraisal.ExcellentShare;
import cn.dangjian.domain.appraisal.Grade;
import cn.dangjian.domain.appraisal.PeerReview;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.Scope;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultAppraisalService implements AppraisalService {
  private static final String TYPE = "Appraisal";
  private static final int MAX_BRANCHES = 5000;

  @Inject AppraisalRepository appraisals;
  @Inject MemberRepository members;
  @Inject OrganizationRepository organizations;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.appraisal.excellentShare", defaultValue = "1/3")
  String excellentShare;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, AUDITOR})
  public AppraisalOverview overview(Long organizationId, Integer year) {
    Organization org = guard.organization(organizationId);
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    List<Appraisal> found = appraisals.under(org.getPath(), y);
    Set<Long> opened = new HashSet<>();
    List<AppraisalOverview.Summary> summaries =
        found.stream()
            .peek(a -> opened.add(a.getOrganization().getId()))
            .map(
                a ->
                    new AppraisalOverview.Summary(
                        a.getId(),
                        a.getOrganization().getId(),
                        a.getOrganization().getName(),
                        a.getStage(),
                        a.getMembers(),
                        a.getPaperBallots() + a.getOnlineBallots(),
                        a.getStage() == AppraisalStage.DECIDED ? grades(a) : Map.of()))
            .toList();
    List<AppraisalOverview.Branch> without =
        organizations
            .findInScope(
                Scope.of(List.of(org.getPath()), null), "", Set.of(OrgKind.BRANCH), MAX_BRANCHES)
            .stream()
            .filter(o -> !opened.contains(o.getId()))
            .map(o -> new AppraisalOverview.Branch(o.getId(), o.getName()))
            .toList();
    return new AppraisalOverview(
        org.getId(), org.getName(), y, caller.get().keepsRecords(), summaries, without);
  }

  private static Map<Grade, Long> grades(Appraisal a) {
    Map<Grade, Long> g = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      g.put(grade, a.getEntries().stream().filter(e -> e.getGrade() == grade).count());
    }
    return g;
  }

  @Override
  public AppraisalView open(OpenData d) {
    if (d == null || d.year() == null) {
      throw new ValidationException(List.of(new Violation("year", "appraisal.year.required")));
    }
    Organization branch = guard.organization(d.organizationId());
    if (branch.getKind() != OrgKind.BRANCH) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "appraisal.branch.only")));
    }
    if (appraisals.of(branch.getId(), d.year()).isPresent()) {
      throw new ConflictException("appraisal.exists", branch.getName(), d.year());
    }
    Appraisal a =
        new Appraisal(
            branch,
            d.year(),
            appraisals.fullMembers(branch.getPath()),
            LocalDate.now(clock),
            caller.get().user());
    appraisals.store(a);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        TYPE,
        a.getId(),
        branch.getName(),
        "audit.appraisal.opened",
        a.getYear(),
        a.getMembers());
    return view(a);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public AppraisalView get(Long appraisalId) {
    return view(seen(appraisalId));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<AppraisalView> mine() {
    Long me = caller.get().memberId();
    if (me == null) {
      return List.of();
    }
    int year = LocalDate.now(clock).getYear();
    return appraisals.takingPart(me).stream()
        .filter(a -> a.getYear() >= year - 1)
        .map(this::view)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public AppraisalView assess(Long appraisalId, TextData self) {
    Appraisal a = seen(appraisalId);
    Caller c = caller.get();
    Long whose = self == null || self.memberId() == null ? c.memberId() : self.memberId();
    boolean own = whose != null && whose.equals(c.memberId());
    if (!own && !keeps(a)) {
      throw new NotFoundException("entity.member", whose);
    }
    AppraisalEntry entry = entry(a, whose, "memberId");
    a.assess(entry, self == null ? null : self.text(), c.user(), LocalDate.now(clock));
    return updated(
        a, own ? "audit.appraisal.self" : "audit.appraisal.selfFromPaper", entry.getMemberName());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public AppraisalView review(Long appraisalId, TextData d) {
    Appraisal a = seen(appraisalId);
    AppraisalEntry reviewer = participant(a);
    AppraisalEntry subject = entry(a, d == null ? null : d.memberId(), "subjectId");
    PeerReview r =
        appraisals
            .review(subject.getId(), reviewer.getMemberId())
            .orElseGet(
                () -> new PeerReview(subject, reviewer.getMemberId(), reviewer.getMemberName()));
    r.write(d.text(), LocalDate.now(clock));
    if (r.getId() == null) {
      appraisals.store(r);
    }
    return updated(a, "audit.appraisal.review", subject.getMemberName());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public AppraisalView vote(Long appraisalId, BallotData ballot) {
    Appraisal a = seen(appraisalId);
    AppraisalEntry voter = participant(a);
    if (appraisals.voted(a.getId(), voter.getMemberId())) {
      throw new ConflictException("appraisal.ballot.cast");
    }
    Map<Long, Grade> grades = grades(ballot);
    a.checkBallot(grades, voter.getMemberId());
    appraisals.store(new Ballot(a.getId(), voter.getMemberId()));
    cast(a, grades, true);
    // The log tells that the member voted, never what they chose.
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        a.getId(),
        a.getOrganization().getName(),
        "audit.appraisal.voted");
    return view(reloaded(a));
  }

  @Override
  public AppraisalView paperBallot(Long appraisalId, BallotData ballot) {
    Appraisal a = kept(appraisalId);
    Map<Long, Grade> grades = grades(ballot);
    a.checkBallot(grades, null);
    cast(a, grades, false);
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        a.getId(),
        a.getOrganization().getName(),
        "audit.appraisal.paperBallot",
        a.getPaperBallots() + 1);
    return view(reloaded(a));
  }

  private void cast(Appraisal a, Map<Long, Grade> grades, boolean online) {
    Flush.now(em);
    if (!appraisals.count(a.getId(), grades, online)) {
      // Closed or filled by another ballot since it was read.
      throw new ConflictException("appraisal.stage.closed");
    }
  }

  /** The appraisal as the counting updates left it in the database. */
  private Appraisal reloaded(Appraisal a) {
    em.refresh(a);
    a.getEntries().forEach(em::refresh);
    return a;
  }

  @Override
  public AppraisalView count(Long appraisalId) {
    Appraisal a = kept(appraisalId);
    a.count(LocalDate.now(clock));
    return updated(a, "audit.appraisal.counted", a.getPaperBallots() + a.getOnlineBallots());
  }

  @Override
  public AppraisalView decide(Long appraisalId, DecisionData d) {
    Appraisal a = kept(appraisalId);
    Map<Long, Decision> decisions = new LinkedHashMap<>();
    if (d != null && d.grades() != null) {
      for (DecisionData.Line l : d.grades()) {
        if (l == null || decisions.put(l.memberId(), decision(l)) != null) {
          throw new ValidationException(List.of(new Violation("grades", "appraisal.grade.twice")));
        }
      }
    }
    LocalDate today = LocalDate.now(clock);
    String by = caller.get().user();
    a.decide(decisions, share(), today, by);
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    String title = zh.text("appraisal.history.title", a.getYear());
    Map<Long, Member> people =
        a.getEntries().stream()
            .map(e -> em.find(Member.class, e.getMemberId()))
            .filter(m -> m != null)
            .collect(Collectors.toMap(Member::getId, Function.identity()));
    for (AppraisalEntry e : a.getEntries()) {
      Member m = people.get(e.getMemberId());
      if (m == null) {
        continue;
      }
      String detail =
          e.getFollowUp() == null
              ? e.getDecisionNote()
              : zh.text(
                  "appraisal.history.followUp",
                  zh.label(e.getFollowUp()),
                  e.getFollowUpBy() == null ? "" : e.getFollowUpBy().toString(),
                  e.getDecisionNote() == null ? "" : e.getDecisionNote());
      members.store(
          new HistoryEntry(
              m,
              HistoryKind.APPRAISAL,
              today,
              null,
              title,
              zh.label(e.getGrade()),
              detail,
              by,
              clock.instant()));
    }
    return updated(a, "audit.appraisal.decided", a.getYear(), a.getMembers());
  }

  private static Decision decision(DecisionData.Line l) {
    return new Decision(l.grade(), l.followUp(), l.followUpBy(), l.note());
  }

  private ExcellentShare share() {
    return ExcellentShare.parse(excellentShare);
  }

  private static Map<Long, Grade> grades(BallotData ballot) {
    Map<Long, Grade> grades = new HashMap<>();
    if (ballot == null || ballot.grades() == null) {
      return grades;
    }
    for (BallotData.Vote v : ballot.grades()) {
      if (v == null || v.memberId() == null || grades.put(v.memberId(), v.grade()) != null) {
        throw new ValidationException(List.of(new Violation("grades", "appraisal.ballot.invalid")));
      }
    }
    return grades;
  }

  /** The appraisal as changed: written, audited, and shown to the caller. */
  private AppraisalView updated(Appraisal a, String key, Object... args) {
    Flush.now(em);
    audit.record(AuditAction.UPDATE, TYPE, a.getId(), a.getOrganization().getName(), key, args);
    return view(a);
  }

  /** An appraisal the caller keeps (the branch, the committees above) or takes part in. */
  private Appraisal seen(Long id) {
    Caller c = caller.get();
    return guard.load(
        Appraisal.class,
        id,
        "entity.appraisal",
        a -> keeps(a) || (c.memberId() != null && a.entryOf(c.memberId()).isPresent()));
  }

  /** An appraisal the caller keeps. */
  private Appraisal kept(Long id) {
    return guard.load(Appraisal.class, id, "entity.appraisal");
  }

  private boolean keeps(Appraisal a) {
    Caller c = caller.get();
    return c.keepsRecords() && c.scope().covers(a.getOrgPath());
  }

  private AppraisalEntry participant(Appraisal a) {
    Long me = caller.get().memberId();
    return a.entryOf(me).orElseThrow(() -> new ConflictException("appraisal.notAppraised"));
  }

  private static AppraisalEntry entry(Appraisal a, Long memberId, String field) {
    return a.entryOf(memberId)
        .orElseThrow(
            () ->
                new ValidationException(List.of(new Violation(field, "appraisal.member.unknown"))));
  }

  private AppraisalView view(Appraisal a) {
    Caller c = caller.get();
    boolean keeps = keeps(a);
    Long me = c.memberId();
    boolean counted = a.getStage() != AppraisalStage.OPEN;
    Map<Long, List<PeerReview>> reviews =
        appraisals.reviews(a.getEntries().stream().map(AppraisalEntry::getId).toList());
    List<AppraisalView.Entry> entries =
        a.getEntries().stream()
            .map(
                e -> {
                  boolean mine = e.getMemberId().equals(me);
                  boolean full = keeps || mine;
                  return new AppraisalView.Entry(
                      e.getMemberId(),
                      e.getMemberName(),
                      e.getSelfAssessment(),
                      e.getSelfAssessedBy(),
                      e.getSelfAssessedOn(),
                      reviews.getOrDefault(e.getId(), List.of()).stream()
                          .filter(r -> full || r.getReviewerId().equals(me))
                          .map(
                              r ->
                                  new AppraisalView.Review(
                                      r.getReviewerId(),
                                      r.getReviewerName(),
                                      r.getText(),
                                      r.getWrittenOn()))
                          .toList(),
                      counted && full ? votes(e) : null,
                      full ? e.getGrade() : null,
                      full ? e.getFollowUp() : null,
                      full ? e.getFollowUpBy() : null,
                      full ? e.getDecisionNote() : null);
                })
            .toList();
    return new AppraisalView(
        a.getId(),
        a.getOrganization().getId(),
        a.getOrganization().getName(),
        a.getYear(),
        a.getStage(),
        a.getMembers(),
        a.getExcellentLimit() != null ? a.getExcellentLimit() : share().limit(a.getMembers()),
        a.getPaperBallots(),
        a.getOnlineBallots(),
        a.getOpenedOn(),
        a.getCountedOn(),
        a.getDecidedOn(),
        a.getDecidedBy(),
        keeps,
        me,
        me != null && appraisals.voted(a.getId(), me),
        entries);
  }

  private static Map<Grade, Integer> votes(AppraisalEntry e) {
    Map<Grade, Integer> v = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      v.put(g, e.votes(g));
    }
    return v;
  }
}
