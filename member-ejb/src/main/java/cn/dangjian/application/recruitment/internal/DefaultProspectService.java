package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.ContactData;
import cn.dangjian.application.recruitment.OpinionData;
import cn.dangjian.application.recruitment.OpinionView;
import cn.dangjian.application.recruitment.ProspectData;
import cn.dangjian.application.recruitment.ProspectPool;
import cn.dangjian.application.recruitment.ProspectService;
import cn.dangjian.application.recruitment.ProspectView;
import cn.dangjian.application.recruitment.StepService;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.Opinion;
import cn.dangjian.domain.recruitment.PlanRepository;
import cn.dangjian.domain.recruitment.Prospect;
import cn.dangjian.domain.recruitment.ProspectContact;
import cn.dangjian.domain.recruitment.ProspectRepository;
import cn.dangjian.domain.recruitment.ProspectState;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.Source;
import cn.dangjian.domain.recruitment.SourcePolicy;
import cn.dangjian.domain.recruitment.SourceShare;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultProspectService implements ProspectService {
  /** A pool lists at most this many people: a company's branches keep a few dozen each. */
  private static final int MAX_POOL = 2000;

  private static final String TYPE = "Prospect";

  @Inject ProspectRepository prospects;
  @Inject CaseRepository cases;
  @Inject MemberRepository members;
  @Inject PlanRepository plans;
  @Inject CaseAccess access;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @EJB StepService steps;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public ProspectView add(ProspectData d) {
    if (d == null) {
      throw new ValidationException(List.of(new Violation("name", "prospect.required")));
    }
    LocalDate today = LocalDate.now(clock);
    List<Violation> problems = new ArrayList<>(d.particularsProblems(today));
    if (d.getGuideId() == null) {
      problems.add(new Violation("guideId", "prospect.guide.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization org = guard.organization(d.getOrganizationId());
    String id = CitizenId.normalize(d.getCitizenId());
    Optional<Prospect> known = prospects.findByCitizenId(id);
    if (known.isPresent()) {
      // the organization is named only to those who may see it
      throw caller.get().scope().covers(known.get().getOrgPath())
          ? new ConflictException(
              "prospect.duplicate", CitizenId.mask(id), known.get().getOrganization().getName())
          : new ConflictException("prospect.duplicateElsewhere", CitizenId.mask(id));
    }
    if (cases.findByCitizenId(id).isPresent()) {
      throw new ConflictException("recruitment.case.duplicate", CitizenId.mask(id));
    }
    if (members.findByCitizenId(id).isPresent()) {
      throw new ConflictException("recruitment.case.alreadyMember", CitizenId.mask(id));
    }
    Prospect p =
        Prospect.of(
            d.toApplicant(),
            org,
            guard.member(d.getGuideId()),
            d.getSince(),
            today,
            caller.get().user(),
            clock.instant());
    prospects.store(p);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        TYPE,
        p.getId(),
        p.getName(),
        "audit.prospect.added",
        org.getName(),
        p.getGuideName());
    return view(p);
  }

  @Override
  public ProspectPool pool(Long organizationId) {
    Organization org = guard.organization(organizationId);
    SourcePolicy policy = plans.policy();
    LocalDate today = LocalDate.now(clock);
    List<Prospect> people = prospects.inSubtree(org.getPath(), MAX_POOL);
    List<Set<Source>> inSight =
        people.stream()
            .filter(p -> p.getState() == ProspectState.IN_SIGHT)
            .map(p -> p.sources(policy, today))
            .toList();
    SourceShare share = SourceShare.of(inSight, policy.getGoalPercent());
    return new ProspectPool(
        org.getId(),
        org.getDisplayName(),
        share.newMembers(),
        share.counted(),
        share.percent(),
        share.goalPercent(),
        share.belowGoal(),
        share.bySource(),
        people.stream()
            .map(
                p ->
                    new ProspectPool.Row(
                        p.getId(),
                        p.getName(),
                        p.getOrganization().getDisplayName(),
                        p.getJobPost(),
                        List.copyOf(p.sources(policy, today)),
                        p.getGuideName(),
                        p.getSince(),
                        p.getContacts().isEmpty()
                            ? null
                            : p.getContacts().get(p.getContacts().size() - 1).getOn(),
                        p.getContacts().size(),
                        p.getState(),
                        p.getCaseId()))
            .toList());
  }

  @Override
  public ProspectView get(Long id) {
    return view(load(id));
  }

  private Prospect load(Long id) {
    return guard.load(Prospect.class, id, "entity.prospect");
  }

  /** Changes of one person run one after the other on every server. */
  private Prospect loadToChange(Long id) {
    Prospect p = load(id);
    em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
    return p;
  }

  @Override
  public ProspectView contact(Long id, ContactData d) {
    Prospect p = loadToChange(id);
    if (d == null) {
      throw new ValidationException(List.of(new Violation("note", "prospect.contact.note", 0)));
    }
    p.contact(d.kind(), d.on(), d.note(), LocalDate.now(clock), caller.get().user());
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        p.getId(),
        p.getName(),
        "audit.prospect.contact",
        d.kind(),
        d.on());
    return view(p);
  }

  @Override
  public ProspectView changeGuide(Long id, Long guideId) {
    Prospect p = loadToChange(id);
    if (guideId == null) {
      throw new ValidationException(List.of(new Violation("guideId", "prospect.guide.invalid")));
    }
    p.changeGuide(guard.member(guideId));
    audit.record(
        AuditAction.UPDATE, TYPE, p.getId(), p.getName(), "audit.prospect.guide", p.getGuideName());
    return view(p);
  }

  @Override
  public ProspectView opinion(Long id, OpinionData d) {
    Prospect p = load(id);
    p.inSight(); // after the application, what is said goes with the case
    hear(d, p, null);
    return view(p);
  }

  /** Records what was said of a person in sight ({@code p}) or of an applicant ({@code c}). */
  private void hear(OpinionData d, Prospect p, RecruitmentCase c) {
    OpinionData o = d == null ? new OpinionData(null, null, null, null) : d;
    LocalDate today = LocalDate.now(clock);
    String by = caller.get().user();
    prospects.store(
        p != null
            ? Opinion.on(
                p, o.givenOn(), o.giver(), o.side(), o.content(), today, by, clock.instant())
            : Opinion.on(
                c, o.givenOn(), o.giver(), o.side(), o.content(), today, by, clock.instant()));
    audit.record(
        AuditAction.UPDATE,
        p != null ? TYPE : "RecruitmentCase",
        p != null ? p.getId() : c.getId(),
        p != null ? p.getName() : c.getName(),
        "audit.opinion.recorded",
        o.side(),
        o.giver());
  }

  @Override
  public ProspectView drop(Long id, String reason) {
    Prospect p = loadToChange(id);
    p.drop(reason, LocalDate.now(clock));
    audit.record(
        AuditAction.UPDATE, TYPE, p.getId(), p.getName(), "audit.prospect.dropped", reason);
    return view(p);
  }

  @Override
  public CaseView apply(Long id, LocalDate applicationDate, Locale locale) {
    Prospect p = loadToChange(id);
    p.inSight();
    // the case takes the person out of sight (StepService.open links whoever it opens for)
    return steps.open(
        ApplicantData.of(p.applicant(applicationDate), p.getOrganization().getId()), locale);
  }

  @Override
  public Optional<ProspectView> ofCase(Long caseId) {
    RecruitmentCase c = access.load(caseId);
    return prospects.ofCase(c.getId()).map(this::view);
  }

  @Override
  public List<OpinionView> opinionsOfCase(Long caseId) {
    RecruitmentCase c = access.load(caseId);
    Long prospectId = prospects.ofCase(c.getId()).map(Prospect::getId).orElse(null);
    return prospects.opinions(prospectId, c.getId()).stream().map(OpinionView::of).toList();
  }

  @Override
  public List<OpinionView> opinionOfCase(Long caseId, OpinionData d) {
    hear(d, null, access.load(caseId));
    return opinionsOfCase(caseId);
  }

  private ProspectView view(Prospect p) {
    SourcePolicy policy = plans.policy();
    return new ProspectView(
        p.getId(),
        p.getName(),
        p.getSex(),
        CitizenId.mask(p.getCitizenId()),
        p.getBirthDate(),
        p.getEducation(),
        p.getJobPost(),
        List.copyOf(p.sources(policy, LocalDate.now(clock))),
        p.getOrganization().getId(),
        p.getOrganization().getDisplayName(),
        p.getGuideId(),
        p.getGuideName(),
        p.getSince(),
        p.getState(),
        p.getCaseId(),
        p.getClosedOn(),
        p.getDropReason(),
        p.getContacts().stream().map(DefaultProspectService::contact).toList(),
        prospects.opinions(p.getId(), p.getCaseId()).stream().map(OpinionView::of).toList());
  }

  private static ProspectView.Contact contact(ProspectContact c) {
    return new ProspectView.Contact(c.getOn(), c.getKind(), c.getNote(), c.getRecordedBy());
  }
}
