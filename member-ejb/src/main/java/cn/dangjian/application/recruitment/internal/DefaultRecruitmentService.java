package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.calendar.internal.OfficialCalendar;
import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.CaseView.NextStep;
import cn.dangjian.application.recruitment.CaseView.StepView;
import cn.dangjian.application.recruitment.CaseView.TransferView;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.DueItem;
import cn.dangjian.application.recruitment.PersonOption;
import cn.dangjian.application.recruitment.RecruitmentService;
import cn.dangjian.application.recruitment.StepData;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.document.DocumentRepository;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.recruitment.Actor;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.CaseStep;
import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.PersonFacts;
import cn.dangjian.domain.recruitment.Pipeline;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.RuleBook.Judgement;
import cn.dangjian.domain.recruitment.RuleBook;
import cn.dangjian.domain.recruitment.Sanction;
import cn.dangjian.domain.recruitment.SanctionKind;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.StepRefusedException;
import cn.dangjian.domain.recruitment.Verdict;
import cn.dangjian.domain.recruitment.Vote;
import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.domain.recruitment.training.Enrolment;
import cn.dangjian.domain.recruitment.training.TrainingRepository;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
public class DefaultRecruitmentService implements RecruitmentService {
  private static final int MAX_PAGE = 500;
  private static final String STEP_PAPER = "CaseStep";

  @Inject CaseRepository cases;
  @Inject MemberRepository members;
  @Inject OrganizationRepository organizations;
  @Inject PositionRepository positions;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject AuditLog audit;
  @Inject OfficialCalendar calendar;
  @Inject TrainingRepository training;
  @Inject DocumentRepository documents;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed(BRANCH_SECRETARY)
  public Long open(ApplicantData a) {
    LocalDate today = LocalDate.now(clock);
    List<Violation> problems = new ArrayList<>(a.toMemberData(null).validate(today, true).stream()
        // the join date comes with admission; the age is the art. 5 rule's, with its earliest date
        .filter(v -> !v.field().equals("joinDate") && !v.key().equals("member.applicationDate.underAge"))
        .toList());
    if (a.getApplicationDate() == null) {
      problems.add(new Violation("applicationDate", "recruitment.step.date"));
    } else if (a.getApplicationDate().isAfter(today)) {
      problems.add(new Violation("applicationDate", "recruitment.step.future", a.getApplicationDate()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization branch = guard.organization(a.getOrganizationId());
    if (branch.getKind() != OrgKind.BRANCH && branch.getKind() != OrgKind.GROUP) {
      throw new ValidationException(List.of(new Violation("organizationId", "recruitment.case.branch")));
    }
    String id = CitizenId.normalize(a.getCitizenId());
    if (cases.findByCitizenId(id).isPresent()) {
      throw new ConflictException("recruitment.case.duplicate", CitizenId.mask(id));
    }
    if (members.findByCitizenId(id).isPresent()) {
      throw new ConflictException("recruitment.case.alreadyMember", CitizenId.mask(id));
    }
    RecruitmentCase c = new RecruitmentCase(a.toApplicant(), branch);
    StepRecord application = StepRecord.on(Step.APPLICATION, a.getApplicationDate());
    refuseUnlessPassed(Step.APPLICATION, judge(c, application, null));
    c.record(application, branch.getId(), caller.get().user(), clock.instant());
    cases.store(c);
    Flush.now(em);
    audit.record(AuditAction.CREATE, "RecruitmentCase", c.getId(), null, summary(c, application));
    return c.getId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<CaseRow> cases(Standing standing, CaseStatus status, int first, int max) {
    return cases.search(caller.get().scope(), standing, status, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
        .stream()
        .map(c -> new CaseRow(c.getId(), c.getName(), c.getSex(), c.getOrganization().getName(), c.getStanding(),
            c.getStatus(), c.getApplicationDate()))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Map<Standing, Long> counts() {
    return cases.openCounts(caller.get().scope());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public CaseView get(Long id) {
    RecruitmentCase c = load(id);
    LocalDate today = LocalDate.now(clock);
    List<NextStep> next = new ArrayList<>();
    for (Step s : Pipeline.nextSteps(c)) {
      Organization decider = decidingOrganization(c, s.actor());
      next.add(new NextStep(s, s.actor(), mayRecord(s), judge(c, StepRecord.on(s, today), decider)));
    }
    Map<Long, List<DocumentInfo>> papers = documents.listed(STEP_PAPER, c.getSteps().stream().map(CaseStep::getId).toList())
        .stream().collect(Collectors.groupingBy(DocumentInfo::ownerId));
    List<StepView> steps = c.getSteps().stream().map(s -> view(s, papers.getOrDefault(s.getId(), List.of()))).toList();
    return new CaseView(c.getId(), c.getVersion(), c.getName(), c.getSex(), CitizenId.mask(c.getCitizenId()),
        c.getBirthDate(), c.getEducation(), c.getOrganization().getName(), c.getStanding(), c.getStatus(),
        c.getApplicationDate(), c.getMemberId(), c.getProbationEnd(), c.getClosedOn(), c.getClosingReason(),
        c.isFrontline(), c.isTechnician(), c.isTeamLeader(), steps, next, Pipeline.deadlines(c),
        c.getTransfers().stream().map(t -> new TransferView(t.getOn(), t.getFromName(), t.getToName(), t.getReason(),
            t.getMovedBy())).toList(), c.getEthnicity(), c.getJobPost());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<Verdict> check(Long id, StepData d) {
    RecruitmentCase c = load(id);
    StepRecord r = toRecord(c, d);
    return judge(c, r, decidingOrganization(c, r.step().actor()));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public void record(Long id, int expectedVersion, StepData d) {
    record(id, expectedVersion, d, null, null);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public void record(Long id, int expectedVersion, StepData d, String fileName, byte[] scan) {
    RecruitmentCase c = loadToChange(id, expectedVersion);
    if (d.getStep() == null || !Pipeline.nextSteps(c).contains(d.getStep())) {
      throw new DomainException("recruitment.step.notNext", d.getStep() == null ? "-" : d.getStep());
    }
    Step step = d.getStep();
    if (!mayRecord(step)) {
      audit.refused("RecruitmentCase", id, "record " + step);
      throw new RefusedException("recruitment.step.notYours", step, step.actor());
    }
    Document paper = scan == null ? null : paper(fileName, scan);
    StepRecord r = toRecord(c, d);
    Organization decider = decidingOrganization(c, step.actor());
    refuseUnlessPassed(step, judge(c, r, decider));
    CaseStep recorded = c.record(r, decider == null ? null : decider.getId(), caller.get().user(), clock.instant());
    if (step == Step.ADMISSION_APPROVAL && recorded.passed()) {
      admit(c);
    } else if (step == Step.CONVERSION_APPROVAL && recorded.passed()) {
      members.find(c.getMemberId()).orElseThrow().convert(c.getProbationEnd());
    }
    Flush.now(em);
    if (paper != null) {
      file(paper, recorded, id);
    }
    audit.record(AuditAction.UPDATE, "RecruitmentCase", id, null, summary(c, r));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Long attach(Long caseId, Long stepId, String fileName, byte[] scan) {
    RecruitmentCase c = load(caseId);
    CaseStep s = c.getSteps().stream().filter(x -> x.getId().equals(stepId)).findFirst()
        .orElseThrow(() -> new NotFoundException("entity.step", stepId));
    if (!mayRecord(s.getStep())) {
      audit.refused("RecruitmentCase", caseId, "attach to " + s.getStep());
      throw new RefusedException("recruitment.step.notYours", s.getStep(), s.getStep().actor());
    }
    Document paper = paper(fileName, scan);
    file(paper, s, caseId);
    return paper.getId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public DocumentFile document(Long caseId, Long documentId) {
    RecruitmentCase c = load(caseId);
    Document d = documents.find(documentId)
        .filter(x -> x.getOwnerType().equals(STEP_PAPER) && c.getSteps().stream().anyMatch(s -> s.getId().equals(x.getOwnerId())))
        .orElseThrow(() -> new NotFoundException("entity.document", documentId));
    return new DocumentFile(d.getFileName(), d.getType().contentType(), d.getContent());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<PersonOption> people(Long id) {
    RecruitmentCase c = load(id);
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<Sanction>> sanctions = members.sanctionsIn(c.getOrganization()).stream()
        .collect(Collectors.groupingBy(h -> h.getMember().getId(),
            Collectors.flatMapping(h -> sanction(h).stream(), Collectors.toList())));
    return members.membersOf(c.getOrganization()).stream()
        .filter(m -> m.getCategory() == Category.FULL)
        .map(m -> new PersonOption(m.getId(), m.getName(), m.getJobPost(),
            sanctions.getOrDefault(m.getId(), List.of()).stream().filter(x -> x.inEffectOn(today)).findFirst()
                .map(x -> "enum.SanctionKind." + x.kind().name()).orElse(null)))
        .toList();
  }

  @Override
  @RolesAllowed(BRANCH_SECRETARY)
  public void withdraw(Long id, int expectedVersion, LocalDate on, String reason) {
    RecruitmentCase c = loadToChange(id, expectedVersion);
    requireReason(on, reason);
    if (c.getStanding() == Standing.PROBATIONARY || c.getStanding() == Standing.FULL) {
      throw new DomainException("recruitment.case.closed", c.getStanding());
    }
    c.close(CaseStatus.WITHDRAWN, on, reason.strip());
    Flush.now(em);
    audit.record(AuditAction.UPDATE, "RecruitmentCase", id, null, "WITHDRAWN " + on + " " + reason.strip());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void extendProbation(Long id, int expectedVersion, LocalDate on, int months, String reason) {
    RecruitmentCase c = loadToChange(id, expectedVersion);
    requireReason(on, reason);
    if (c.getStanding() != Standing.PROBATIONARY) {
      throw new DomainException("recruitment.extension.notProbationary");
    }
    if (c.getProbationExtendedMonths() != null) {
      throw new DomainException("recruitment.extension.once");
    }
    if (months < 6 || months > 12) {
      throw new ValidationException(List.of(new Violation("months", "recruitment.extension.range")));
    }
    LocalDate before = c.getProbationEnd();
    c.extendProbation(months);
    Flush.now(em);
    audit.record(AuditAction.UPDATE, "RecruitmentCase", id, "probation end " + before,
        "probation end " + c.getProbationEnd() + " (" + on + ": " + reason.strip() + ")");
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void transfer(Long id, int expectedVersion, Long toOrganizationId, LocalDate on, String reason) {
    RecruitmentCase c = loadToChange(id, expectedVersion);
    requireReason(on, reason);
    if (toOrganizationId == null) {
      throw new ValidationException(List.of(new Violation("organizationId", "recruitment.transfer.target")));
    }
    Organization to = guard.organization(toOrganizationId);
    if (to.getKind() != OrgKind.BRANCH && to.getKind() != OrgKind.GROUP) {
      throw new ValidationException(List.of(new Violation("organizationId", "recruitment.case.branch")));
    }
    Organization from = c.getOrganization();
    c.transfer(to, on, reason.strip(), caller.get().user());
    if (c.getMemberId() != null) {
      // a probationary member's membership moves with the case (art. 35)
      Member m = members.find(c.getMemberId()).orElseThrow(() -> new NotFoundException("entity.member", c.getMemberId()));
      m.moveTo(to);
      members.store(HistoryEntry.transfer(m, from, to, on, reason.strip(), caller.get().user(), clock.instant()));
      audit.record(AuditAction.MOVE, "Member", m.getId(), from.getName(), to.getName());
    }
    Flush.now(em);
    audit.record(AuditAction.UPDATE, "RecruitmentCase", id, "at " + from.getName(), "moved " + on + " to " + to.getName() + ": "
        + reason.strip());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void cancelProbation(Long id, int expectedVersion, LocalDate on, String reason) {
    RecruitmentCase c = loadToChange(id, expectedVersion);
    requireReason(on, reason);
    if (c.getStanding() != Standing.PROBATIONARY) {
      throw new DomainException("recruitment.cancel.notProbationary");
    }
    LocalDate meeting = c.latest(Step.ADMISSION_MEETING).orElseThrow().getOn();
    if (on.isBefore(meeting)) {
      throw new ValidationException(List.of(new Violation("on", "recruitment.step.beforeLast", on, meeting)));
    }
    Member m = members.find(c.getMemberId()).orElseThrow(() -> new NotFoundException("entity.member", c.getMemberId()));
    if (positions.everHeldPost(m.getId())) {
      throw new DomainException("recruitment.cancel.posts", m.getName());
    }
    String before = "member " + m.getId() + " " + m.getName() + " " + m.getCategory() + " " + m.getOrganization().getName();
    c.probationCancelled(on, reason.strip());
    members.remove(m);
    Flush.now(em);
    audit.record(AuditAction.DELETE, "Member", m.getId(), before, "probation cancelled by case " + id);
    audit.record(AuditAction.UPDATE, "RecruitmentCase", id, null, "PROBATION_CANCELLED " + on + " " + reason.strip());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<DueItem> due() {
    LocalDate today = LocalDate.now(clock);
    List<DueItem> items = new ArrayList<>();
    for (RecruitmentCase c : cases.open(caller.get().scope())) {
      Pipeline.deadlines(c).forEach(d -> items.add(new DueItem(c.getId(), c.getName(),
          c.getOrganization().getName(), d, d.overdueOn(today))));
    }
    items.sort(Comparator.comparing((DueItem i) -> i.deadline().due()).thenComparing(DueItem::caseId));
    return items;
  }

  // --- helpers ------------------------------------------------------------------------------

  /** A scan checked before anything is recorded, so a bad file refuses the whole step. */
  private Document paper(String fileName, byte[] scan) {
    List<Violation> v = new ArrayList<>();
    Document d = Document.upload(STEP_PAPER, null, fileName, scan, caller.get().user(), clock.instant(), "scan", v);
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    return d;
  }

  private void file(Document paper, CaseStep s, Long caseId) {
    paper.ownedBy(s.getId());
    documents.store(paper);
    Flush.now(em);
    audit.record(AuditAction.UPDATE, "RecruitmentCase", caseId, null,
        "document " + paper.getId() + " for " + s.getStep() + ": " + paper.getFileName());
  }

  private void admit(RecruitmentCase c) {
    ApplicantData a = ApplicantData.of(c.applicant(), c.getOrganization().getId());
    LocalDate meeting = c.latest(Step.ADMISSION_MEETING).orElseThrow().getOn();
    MemberData data = a.toMemberData(meeting);
    List<Violation> problems = data.validate(LocalDate.now(clock), true);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member m = new Member(data, c.getOrganization());
    members.store(m);
    Flush.now(em);
    c.admitted(m.getId());
    audit.record(AuditAction.CREATE, "Member", m.getId(), null, "admitted by recruitment case " + c.getId());
  }

  private RecruitmentCase load(Long id) {
    RecruitmentCase c = cases.find(id).orElseThrow(() -> new NotFoundException("entity.case", id));
    if (!caller.get().scope().covers(c.getOrgPath())) {
      audit.refused("RecruitmentCase", id, "read");
      throw new NotFoundException("entity.case", id);
    }
    return c;
  }

  private RecruitmentCase loadToChange(Long id, int expectedVersion) {
    RecruitmentCase c = load(id);
    if (c.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.case", c.getName());
    }
    if (!c.getStatus().isOpen()) {
      throw new DomainException("recruitment.case.closed", c.getStatus());
    }
    return c;
  }

  /** Branch steps are the branch secretary's; committee steps a committee admin's or the group's. */
  private boolean mayRecord(Step step) {
    Caller who = caller.get();
    return step.actor() == Actor.BRANCH ? who.has(BRANCH_SECRETARY)
        : who.has(COMMITTEE_ADMIN) || who.has(GROUP_ADMIN);
  }

  /**
   * Who decides: the case's branch, or for committee steps the organization through which the
   * caller governs the case (the deepest post in their scope above it); for the group admin the
   * nearest party committee above the branch.
   */
  private Organization decidingOrganization(RecruitmentCase c, Actor actor) {
    if (actor == Actor.BRANCH) {
      return c.getOrganization();
    }
    Caller who = caller.get();
    if (who.scope().all()) {
      for (Organization o = c.getOrganization().getParent(); o != null; o = o.getParent()) {
        if (o.getKind() == OrgKind.COMMITTEE) {
          return o;
        }
      }
      return null;
    }
    return who.scope().subtreePaths().stream()
        .filter(c.getOrgPath()::startsWith)
        .max(Comparator.comparingInt(String::length))
        .map(p -> em.find(Organization.class, Long.valueOf(p.substring(p.lastIndexOf('/', p.length() - 2) + 1, p.length() - 1))))
        .orElse(null);
  }

  private List<Verdict> judge(RecruitmentCase c, StepRecord r, Organization decider) {
    return RuleBook.judge(new Judgement(c, r, calendar.get(), decider == null ? null : decider.getKind()));
  }

  private static void refuseUnlessPassed(Step step, List<Verdict> verdicts) {
    if (!verdicts.stream().allMatch(Verdict::passed)) {
      throw new StepRefusedException(step, verdicts);
    }
  }

  /** Checks the form's own facts (date, counts, people, result) and looks up the people named. */
  private StepRecord toRecord(RecruitmentCase c, StepData d) {
    List<Violation> v = new ArrayList<>();
    Step step = d.getStep();
    LocalDate today = LocalDate.now(clock);
    if (step == null || d.getOn() == null) {
      throw new ValidationException(List.of(new Violation("on", "recruitment.step.date")));
    }
    if (d.getOn().isAfter(today)) {
      v.add(new Violation("on", "recruitment.step.future", d.getOn()));
    }
    for (Step before : step.after()) {
      c.latest(before).filter(s -> d.getOn().isBefore(s.getOn()))
          .ifPresent(s -> v.add(new Violation("on", "recruitment.step.beforeLast", d.getOn(), s.getOn())));
    }
    Vote vote = step.isVote() ? d.vote() : null;
    if (step.isVote()) {
      if (vote == null) {
        v.add(new Violation("shouldAttend", "rule.quorum.none"));
      } else {
        v.addAll(vote.check());
      }
    }
    Outcome outcome = step.isVote() && vote != null ? (vote.hasQuorum() && vote.carried() ? Outcome.PASSED : Outcome.FAILED)
        : step.hasOutcome() ? d.getOutcome() : null;
    if (step.hasOutcome() && !step.isVote() && outcome == null) {
      v.add(new Violation("outcome", "recruitment.step.outcome"));
    }
    List<PersonFacts> people = new ArrayList<>();
    for (Long memberId : d.getPeople()) {
      Member m = members.find(memberId).orElse(null);
      if (m == null) {
        v.add(new Violation("people", "recruitment.step.people"));
        continue;
      }
      people.add(facts(m));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    Integer days = d.getDays();
    BigDecimal hours = d.getHours();
    String note = MemberData.trimToNull(d.getNote());
    if (step == Step.CANDIDATE_TRAINING) {
      // a class certificate issued by the step's day counts its attendance; typed figures are for training elsewhere
      Enrolment cert = training.certificates(c.getId(), Audience.CANDIDATE).stream()
          .filter(e -> !e.getCertifiedOn().isAfter(d.getOn())).reduce((a, b) -> b).orElse(null);
      if (cert != null) {
        days = cert.days();
        hours = cert.hours();
        note = note != null ? note : cert.getTrainingClass().getTitle() + " / " + cert.getCertificateNo();
      }
    }
    return new StepRecord(step, d.getOn(), outcome, MemberData.trimToNull(d.getSubtype()), note,
        d.getPeriodFrom(), d.getPeriodTo(), days, hours, d.isIssueRaised(), vote,
        MemberData.trimToNull(d.getExtensionReason()), people, step == Step.PRE_REVIEW ? d.getLeavingOn() : null);
  }

  /** What the mentor and sponsor rules look at: standing and the sanctions on record (art. 14). */
  private PersonFacts facts(Member m) {
    List<Sanction> sanctions = members.history(m).stream()
        .filter(h -> h.getKind() == HistoryKind.SANCTION)
        .flatMap(h -> sanction(h).stream())
        .toList();
    return new PersonFacts(m.getId(), m.getName(), m.getCategory(), sanctions);
  }

  private static Optional<Sanction> sanction(HistoryEntry h) {
    return SanctionKind.of(h.getSubtype()).map(k -> new Sanction(k, h.getStartDate(), h.getEndDate()));
  }

  private void requireReason(LocalDate on, String reason) {
    List<Violation> v = new ArrayList<>();
    if (on == null) {
      v.add(new Violation("on", "recruitment.step.date"));
    } else if (on.isAfter(LocalDate.now(clock))) {
      v.add(new Violation("on", "recruitment.step.future", on));
    }
    if (reason == null || reason.isBlank()) {
      v.add(new Violation("reason", "recruitment.reason.required"));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
  }

  private static StepView view(CaseStep s, List<DocumentInfo> papers) {
    Vote v = s.getVote();
    return new StepView(s.getId(), s.getStep(), s.getOn(), s.getEdition(), s.getOutcome(), s.getSubtype(), s.getNote(),
        s.getPeriodFrom(), s.getPeriodTo(), s.getDays(), s.getHours(), s.isIssueRaised(),
        v == null ? null : v.shouldAttend(), v == null ? null : v.present(), v == null ? null : v.votesFor(),
        v == null ? null : v.votesAgainst(), v == null ? null : v.abstentions(), v == null ? null : v.writtenFor(),
        v == null ? null : v.writtenAgainst(), s.getExtensionReason(), s.getLeavingOn(),
        s.getPeople().stream().map(p -> p.getName()).toList(), s.getRecordedBy(), papers);
  }

  private static String summary(RecruitmentCase c, StepRecord r) {
    return r.step() + " " + r.on() + (r.outcome() == null ? "" : " " + r.outcome()) + " -> " + c.getStanding()
        + "/" + c.getStatus();
  }

}
