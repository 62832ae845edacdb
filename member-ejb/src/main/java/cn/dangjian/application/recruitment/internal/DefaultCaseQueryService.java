package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.CaseView.NextStep;
import cn.dangjian.application.recruitment.CaseView.StepView;
import cn.dangjian.application.recruitment.CaseView.TransferView;
import cn.dangjian.application.recruitment.DueItem;
import cn.dangjian.application.recruitment.PersonOption;
import cn.dangjian.application.recruitment.StepData;
import cn.dangjian.application.recruitment.VerdictView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.print.Printer;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.CaseQuery;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.CaseStep;
import cn.dangjian.domain.recruitment.Pipeline;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.Sanction;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.Verdict;
import cn.dangjian.domain.recruitment.Vote;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
public class DefaultCaseQueryService implements CaseQueryService {
  private static final int MAX_PAGE = 500;

  @Inject CaseRepository cases;
  @Inject MemberRepository members;
  @Inject CurrentCaller caller;
  @Inject CaseAccess access;
  @Inject ScopeGuard guard;
  @Inject Documents documents;
  @Inject Clock clock;
  @Inject Printer printer;
  @Inject CasePapers papers;
  @Inject AuditLog audit;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<CaseRow> cases(CaseQuery query, int first, int max) {
    return cases
        .search(
            caller.get().scope(),
            inScope(query),
            Math.max(first, 0),
            Math.min(Math.max(max, 1), MAX_PAGE))
        .stream()
        .map(
            c ->
                new CaseRow(
                    c.getId(),
                    c.getName(),
                    c.getSex(),
                    c.getOrganization().getDisplayName(),
                    c.getStanding(),
                    c.getStatus(),
                    c.getApplicationDate()))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public long count(CaseQuery query) {
    return cases.count(caller.get().scope(), inScope(query));
  }

  /** An organization outside the scope is not found (and audited), like any other. */
  private CaseQuery inScope(CaseQuery query) {
    if (query.subtreeOrgId() != null) {
      guard.organization(query.subtreeOrgId());
    }
    return query;
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Map<Standing, Long> counts() {
    return cases.openCounts(caller.get().scope());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public CaseView get(Long id, Locale locale) {
    RecruitmentCase c = access.load(id);
    Messages messages = Messages.in(locale);
    LocalDate today = LocalDate.now(clock);
    List<NextStep> next = new ArrayList<>();
    for (Step s : Pipeline.nextSteps(c)) {
      Organization decider = access.decidingOrganization(c, s.actor());
      next.add(
          new NextStep(
              s,
              s.actor(),
              access.mayRecord(s),
              VerdictView.of(access.judge(c, StepRecord.on(s, today), decider), messages)));
    }
    Map<Long, List<DocumentInfo>> papers =
        documents.listed(
            CaseAccess.STEP_PAPER, c.getSteps().stream().map(CaseStep::getId).toList());
    List<StepView> steps =
        c.getSteps().stream().map(s -> view(s, papers.getOrDefault(s.getId(), List.of()))).toList();
    return new CaseView(
        c.getId(),
        c.getVersion(),
        c.getName(),
        c.getSex(),
        CitizenId.mask(c.getCitizenId()),
        c.getBirthDate(),
        c.getEducation(),
        c.getOrganization().getDisplayName(),
        c.getStanding(),
        c.getStatus(),
        c.getApplicationDate(),
        c.getMemberId(),
        c.getProbationEnd(),
        c.getClosedOn(),
        c.getClosingReason(),
        c.isFrontline(),
        c.isTechnician(),
        c.isTeamLeader(),
        steps,
        next,
        Pipeline.deadlines(c),
        c.getTransfers().stream()
            .map(
                t ->
                    new TransferView(
                        t.getOn(), t.getFromName(), t.getToName(), t.getReason(), t.getMovedBy()))
            .toList(),
        c.getEthnicity(),
        c.getJobPost());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<Verdict> check(Long id, StepData d) {
    RecruitmentCase c = access.load(id);
    StepRecord r = access.toRecord(c, d);
    return access.judge(c, r, access.decidingOrganization(c, r.step().actor()));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public byte[] papers(Long id) {
    CaseView c = get(id, Locale.SIMPLIFIED_CHINESE);
    byte[] pdf = printer.pdf(papers.of(c));
    audit.record(
        AuditAction.EXPORT, "RecruitmentCase", c.id(), c.name(), "audit.recruitment.printed");
    return pdf;
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public DocumentFile document(Long caseId, Long documentId) {
    RecruitmentCase c = access.load(caseId);
    return documents.download(
        documentId,
        CaseAccess.STEP_PAPER,
        owner -> c.getSteps().stream().anyMatch(s -> s.getId().equals(owner)));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<PersonOption> people(Long id) {
    RecruitmentCase c = access.load(id);
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<Sanction>> sanctions =
        members.sanctionsIn(c.getOrganization()).stream()
            .collect(
                Collectors.groupingBy(
                    h -> h.getMember().getId(),
                    Collectors.flatMapping(
                        h -> CaseAccess.sanction(h).stream(), Collectors.toList())));
    return members.membersOf(c.getOrganization()).stream()
        .filter(m -> m.getCategory() == Category.FULL)
        .map(
            m ->
                new PersonOption(
                    m.getId(),
                    m.getName(),
                    m.getJobPost(),
                    sanctions.getOrDefault(m.getId(), List.of()).stream()
                        .filter(x -> x.inEffectOn(today))
                        .findFirst()
                        .map(x -> "enum.SanctionKind." + x.kind().name())
                        .orElse(null)))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<DueItem> due() {
    LocalDate today = LocalDate.now(clock);
    List<DueItem> items = new ArrayList<>();
    for (RecruitmentCase c : cases.open(caller.get().scope())) {
      Pipeline.deadlines(c)
          .forEach(
              d ->
                  items.add(
                      new DueItem(
                          c.getId(),
                          c.getName(),
                          c.getOrganization().getDisplayName(),
                          d,
                          d.overdueOn(today))));
    }
    items.sort(
        Comparator.comparing((DueItem i) -> i.deadline().due()).thenComparing(DueItem::caseId));
    return items;
  }

  private static StepView view(CaseStep s, List<DocumentInfo> papers) {
    Vote v = s.getVote();
    return new StepView(
        s.getId(),
        s.getStep(),
        s.getOn(),
        s.getEdition(),
        s.getOutcome(),
        s.getSubtype(),
        s.getNote(),
        s.getPeriodFrom(),
        s.getPeriodTo(),
        s.getDays(),
        s.getHours(),
        s.isIssueRaised(),
        v == null ? null : v.shouldAttend(),
        v == null ? null : v.present(),
        v == null ? null : v.votesFor(),
        v == null ? null : v.votesAgainst(),
        v == null ? null : v.abstentions(),
        v == null ? null : v.writtenFor(),
        v == null ? null : v.writtenAgainst(),
        s.getExtensionReason(),
        s.getLeavingOn(),
        s.getPeople().stream().map(p -> p.getName()).toList(),
        s.getRecordedBy(),
        papers);
  }
}
