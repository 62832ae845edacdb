package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.StepData;
import cn.dangjian.application.recruitment.StepService;
import cn.dangjian.application.recruitment.training.internal.TrainingHours;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.CaseStep;
import cn.dangjian.domain.recruitment.ProspectRepository;
import cn.dangjian.domain.recruitment.ProspectState;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.StepRefusedException;
import cn.dangjian.domain.recruitment.Verdict;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Stateless
public class DefaultStepService implements StepService {
  @Inject ProspectRepository prospects;
  @Inject CaseRepository cases;
  @Inject MemberRepository members;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject CaseAccess access;
  @Inject Documents documents;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject DueScan dueScan;
  @Inject TrainingHours trainingHours;
  @EJB CaseQueryService queries;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed(BRANCH_SECRETARY)
  public CaseView open(ApplicantData a, Locale locale) {
    LocalDate today = LocalDate.now(clock);
    List<Violation> problems = new ArrayList<>(a.particularsProblems(today));
    if (a.getApplicationDate() == null) {
      problems.add(new Violation("applicationDate", "recruitment.step.date"));
    } else if (a.getApplicationDate().isAfter(today)) {
      problems.add(
          new Violation("applicationDate", "recruitment.step.future", a.getApplicationDate()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization branch = guard.organization(a.getOrganizationId());
    if (!RecruitmentCase.receives(branch)) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "recruitment.case.branch")));
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
    refuseUnlessPassed(Step.APPLICATION, access.judge(c, application, null));
    c.record(application, branch.getId(), caller.get().user(), clock.instant());
    cases.store(c);
    dueScan.follow(c, today);
    Flush.now(em);
    // whoever the branch had in sight carries their history into the case
    prospects
        .findByCitizenId(id)
        .filter(p -> p.getState() == ProspectState.IN_SIGHT)
        .ifPresent(p -> p.applied(c.getId(), application.on()));
    audit.record(
        AuditAction.CREATE,
        "RecruitmentCase",
        c.getId(),
        c.getName(),
        "audit.case.opened",
        branch.getName(),
        application.on());
    return queries.get(c.getId(), locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public CaseView record(Long id, int expectedVersion, StepData d, Locale locale) {
    return record(id, expectedVersion, d, null, null, locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public CaseView record(
      Long id, int expectedVersion, StepData d, String fileName, byte[] scan, Locale locale) {
    RecruitmentCase c = access.loadToChange(id, expectedVersion);
    if (d.getStep() == null) {
      throw new DomainException("recruitment.step.notNext", "-");
    }
    Step step = d.getStep();
    c.requireNext(step);
    if (!access.mayRecord(step)) {
      audit.refused("RecruitmentCase", id, "record", step);
      throw new RefusedException("recruitment.step.notYours", step, step.actor());
    }
    Document paper =
        scan == null ? null : documents.checked(CaseAccess.STEP_PAPER, fileName, scan, "scan");
    StepRecord r = access.toRecord(c, d);
    Organization decider = access.decidingOrganization(c, step.actor());
    refuseUnlessPassed(step, access.judge(c, r, decider));
    CaseStep recorded =
        c.record(r, decider == null ? null : decider.getId(), caller.get().user(), clock.instant());
    if (step == Step.ADMISSION_APPROVAL && recorded.passed()) {
      admit(c);
    } else if (step == Step.CONVERSION_APPROVAL && recorded.passed()) {
      members.find(c.getMemberId()).orElseThrow().convert(c.getProbationEnd());
    }
    dueScan.follow(c, LocalDate.now(clock));
    Flush.now(em);
    if (paper != null) {
      file(paper, recorded, id);
    }
    if (r.outcome() == null) {
      audit.record(
          AuditAction.UPDATE,
          "RecruitmentCase",
          id,
          c.getName(),
          "audit.case.step",
          step,
          r.on(),
          c.getStanding());
    } else {
      audit.record(
          AuditAction.UPDATE,
          "RecruitmentCase",
          id,
          c.getName(),
          "audit.case.stepDecided",
          step,
          r.on(),
          r.outcome(),
          c.getStanding());
    }
    return queries.get(id, locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Long attach(Long caseId, Long stepId, String fileName, byte[] scan) {
    RecruitmentCase c = access.load(caseId);
    CaseStep s =
        c.getSteps().stream()
            .filter(x -> x.getId().equals(stepId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.step", stepId));
    if (!access.mayRecord(s.getStep())) {
      audit.refused("RecruitmentCase", caseId, "attach", s.getStep());
      throw new RefusedException("recruitment.step.notYours", s.getStep(), s.getStep().actor());
    }
    return file(documents.checked(CaseAccess.STEP_PAPER, fileName, scan, "scan"), s, caseId);
  }

  // --- helpers ------------------------------------------------------------------------------

  private Long file(Document paper, CaseStep s, Long caseId) {
    Long id = documents.file(paper, s.getId());
    audit.record(
        AuditAction.UPDATE,
        "RecruitmentCase",
        caseId,
        s.getCase().getName(),
        "audit.case.document",
        paper.getFileName(),
        s.getStep());
    return id;
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
    trainingHours.admitted(c.getId(), m.getId());
    audit.record(
        AuditAction.CREATE,
        "Member",
        m.getId(),
        m.getName(),
        "audit.member.admitted",
        c.getId(),
        c.getOrganization().getName());
  }

  private static void refuseUnlessPassed(Step step, List<Verdict> verdicts) {
    if (!verdicts.stream().allMatch(Verdict::passed)) {
      throw new StepRefusedException(step, verdicts);
    }
  }
}
