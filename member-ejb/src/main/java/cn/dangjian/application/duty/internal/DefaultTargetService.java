package cn.dangjian.application.duty.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.duty.AssessData;
import cn.dangjian.application.duty.OrderData;
import cn.dangjian.application.duty.OrderView;
import cn.dangjian.application.duty.OrganizationYear;
import cn.dangjian.application.duty.OutcomeData;
import cn.dangjian.application.duty.ProgressData;
import cn.dangjian.application.duty.TargetData;
import cn.dangjian.application.duty.TargetOverview;
import cn.dangjian.application.duty.TargetService;
import cn.dangjian.application.duty.TargetTemplateView;
import cn.dangjian.application.duty.TargetView;
import cn.dangjian.application.duty.TemplateData;
import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.duty.SupervisionOrder;
import cn.dangjian.domain.duty.Target;
import cn.dangjian.domain.duty.TargetCount;
import cn.dangjian.domain.duty.TargetRepository;
import cn.dangjian.domain.duty.TargetTemplate;
import cn.dangjian.domain.duty.TargetText;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.PlanRepository;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.RefusedException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultTargetService implements TargetService {
  private static final String TYPE = "Target";
  private static final int MAX_BRANCHES = 5000;
  private static final TargetCount NONE = new TargetCount(null, 0, 0, 0, 0);

  @Inject TargetRepository targets;
  @Inject PlanRepository plans;
  @Inject CaseRepository cases;
  @Inject OrganizationRepository organizations;
  @Inject OrderReminders reminders;
  @Inject Notices notices;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, AUDITOR})
  public OrganizationYear year(Long organizationId, Integer year) {
    Organization org = guard.organization(organizationId);
    int y = year(year);
    List<Target> all = targets.of(org.getId(), y);
    Map<Long, List<SupervisionOrder>> orders = ordersOf(all);
    List<TargetTemplateView> offered =
        targets.templates(Organization.pathsUpTo(org.getPath()), y).stream()
            .map(DefaultTargetService::view)
            .toList();
    OrganizationYear.Plan plan =
        plans
            .find(y, org.getId())
            .map(
                p -> {
                  long admitted =
                      cases
                          .admitted(
                              Scope.of(List.of(org.getPath()), null),
                              LocalDate.of(y, 1, 1),
                              LocalDate.of(y, 12, 31))
                          .size();
                  int quota = p.getQuota();
                  return new OrganizationYear.Plan(
                      quota, admitted, quota == 0 ? 100 : (int) (admitted * 100 / quota));
                })
            .orElse(null);
    return new OrganizationYear(
        org.getId(),
        org.getName(),
        y,
        assessesOrganization(org),
        offered,
        all.stream().filter(t -> t.getMemberId() == null).map(t -> view(t, orders)).toList(),
        all.stream().filter(t -> t.getMemberId() != null).map(t -> view(t, orders)).toList(),
        plan);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, AUDITOR})
  public TargetOverview overview(Long organizationId, Integer year) {
    Organization org = guard.organization(organizationId);
    int y = year(year);
    LocalDate today = LocalDate.now(clock);
    Map<Long, TargetCount> byOrg =
        targets.countsUnder(org.getPath(), y).stream()
            .collect(Collectors.toMap(TargetCount::organizationId, c -> c));
    List<SupervisionOrder> open = targets.ordersUnder(org.getPath(), true);
    Map<Long, List<SupervisionOrder>> openByOrg =
        open.stream().collect(Collectors.groupingBy(o -> o.getTarget().getOrganization().getId()));
    List<TargetOverview.Row> rows =
        organizations
            .findInScope(
                Scope.of(List.of(org.getPath()), null), "", Set.of(OrgKind.BRANCH), MAX_BRANCHES)
            .stream()
            .map(
                b -> {
                  TargetCount ts = byOrg.getOrDefault(b.getId(), NONE);
                  List<SupervisionOrder> os = openByOrg.getOrDefault(b.getId(), List.of());
                  return new TargetOverview.Row(
                      b.getId(),
                      b.getName(),
                      ts.organizationTargets(),
                      ts.memberTargets(),
                      ts.agreed(),
                      ts.assessed(),
                      os.size(),
                      (int) os.stream().filter(o -> o.isOverdue(today)).count());
                })
            .toList();
    return new TargetOverview(
        org.getId(),
        org.getName(),
        y,
        rows,
        rows.stream().filter(r -> r.organizationTargets() == 0).toList(),
        open.stream().map(o -> view(o, today)).toList());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public TargetTemplateView writeTemplate(TemplateData d) {
    if (d == null || d.year() == null) {
      throw new ValidationException(List.of(new Violation("year", "target.year.required")));
    }
    Organization owner = guard.organization(d.organizationId());
    TargetTemplate t =
        new TargetTemplate(
            owner,
            d.year(),
            d.forMembers(),
            new TargetText(d.title(), d.measure(), d.dueOn(), d.year()),
            caller.get().user());
    targets.store(t);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        TYPE,
        t.getId(),
        owner.getName(),
        "audit.target.template",
        t.text().getTitle());
    return view(t);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public TargetView set(TargetData d) {
    if (d == null || d.year() == null) {
      throw new ValidationException(List.of(new Violation("year", "target.year.required")));
    }
    Caller c = caller.get();
    Member member = null;
    Organization org;
    boolean byMember = false;
    if (d.memberId() != null) {
      // one's own target is agreed on the member's side; the secretary's side by those above
      byMember = d.memberId().equals(c.memberId());
      member = byMember ? guard.member(d.memberId()) : guard.memberToChange(d.memberId());
      org = member.getOrganization();
    } else {
      if (!c.keepsRecords()) {
        throw new RefusedException("target.organization.keepers");
      }
      org = guard.organization(d.organizationId());
    }
    TargetText text = text(d, org, member != null);
    Target t =
        new Target(
            org,
            d.year(),
            member == null ? null : member.getId(),
            member == null ? null : member.getName(),
            d.templateId(),
            text,
            byMember,
            c.user(),
            LocalDate.now(clock));
    targets.store(t);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        TYPE,
        t.getId(),
        member == null ? org.getName() : member.getName(),
        "audit.target.set",
        t.getYear(),
        text.getTitle());
    return view(t, ordersOf(List.of(t)));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public TargetView propose(TargetData d) {
    Long me = caller.get().memberId();
    if (me == null) {
      throw new NotFoundException("entity.member", null);
    }
    return set(
        d == null
            ? null
            : new TargetData(
                null, me, d.year(), d.templateId(), d.title(), d.measure(), d.dueOn()));
  }

  /** The target's text: the template's, when one offered to the organization is named. */
  private TargetText text(TargetData d, Organization org, boolean forMember) {
    if (d.templateId() == null) {
      return new TargetText(d.title(), d.measure(), d.dueOn(), d.year());
    }
    TargetTemplate t = em.find(TargetTemplate.class, d.templateId());
    if (t == null
        || !t.offeredTo(org.getPath())
        || t.getYear() != d.year()
        || t.isForMembers() != forMember) {
      throw new ValidationException(
          List.of(new Violation("templateId", "target.template.invalid")));
    }
    return t.text();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public TargetView agree(Long targetId) {
    Target t = seen(targetId);
    Caller c = caller.get();
    LocalDate today = LocalDate.now(clock);
    if (own(t)) {
      t.agreeAsMember(today);
    } else if (keeps(t)) {
      t.agreeAsSecretary(c.user(), today);
    } else {
      throw new NotFoundException("entity.target", targetId);
    }
    return updated(t, "audit.target.agreed", t.text().getTitle());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public TargetView report(Long targetId, ProgressData d) {
    Target t = seen(targetId);
    if (!own(t) && !keeps(t)) {
      throw new NotFoundException("entity.target", targetId);
    }
    t.report(
        d == null ? null : d.on(),
        d == null ? null : d.percent(),
        d == null ? null : d.report(),
        caller.get().name(),
        LocalDate.now(clock));
    return updated(t, "audit.target.progress", t.text().getTitle(), t.percentDone());
  }

  @Override
  public TargetView assess(Long targetId, AssessData d) {
    Target t = guard.load(Target.class, targetId, "entity.target");
    if (t.getMemberId() == null
        ? !assessesOrganization(t.getOrganization())
        : t.getMemberId().equals(caller.get().memberId())) {
      throw new RefusedException(
          t.getMemberId() == null ? "target.assess.above" : "target.assess.own");
    }
    t.assess(
        d == null ? null : d.result(),
        d == null ? null : d.evidence(),
        caller.get().user(),
        LocalDate.now(clock));
    return updated(t, "audit.target.assessed", t.text().getTitle(), t.getResult());
  }

  /**
   * An organization's targets are assessed from above: by the group, or a committee of which it is
   * not the committee itself.
   */
  private boolean assessesOrganization(Organization org) {
    Caller c = caller.get();
    if (c.has(GROUP_ADMIN)) {
      return true;
    }
    return c.has(COMMITTEE_ADMIN)
        && c.scope().subtreePaths().stream()
            .anyMatch(p -> org.getPath().startsWith(p) && !org.getPath().equals(p));
  }

  @Override
  public OrderView issue(Long targetId, OrderData d) {
    Target t = guard.load(Target.class, targetId, "entity.target");
    Member responsible =
        guard
            .person(d == null ? null : d.responsibleId())
            .orElseThrow(
                () ->
                    new ValidationException(
                        List.of(new Violation("responsibleId", "order.responsible"))));
    LocalDate today = LocalDate.now(clock);
    SupervisionOrder o =
        new SupervisionOrder(
            t,
            responsible.getId(),
            responsible.getName(),
            d.requirement(),
            d.deadline(),
            caller.get().user(),
            today);
    targets.store(o);
    Flush.now(em);
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    notices.toPeople(
        t.getOrganization().getId(),
        List.of(responsible.getId()),
        zh.text("notice.order", t.text().getTitle(), o.getDeadline(), o.getRequirement()));
    audit.record(
        AuditAction.CREATE,
        TYPE,
        t.getId(),
        subject(t),
        "audit.target.order",
        responsible.getName(),
        o.getDeadline());
    return view(o, today);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public OrderView close(Long orderId, OutcomeData d) {
    Caller c = caller.get();
    SupervisionOrder o =
        guard.load(
            SupervisionOrder.class,
            orderId,
            "entity.order",
            x ->
                (c.keepsRecords() && c.scope().covers(x.getOrgPath()))
                    || Objects.equals(x.getResponsibleId(), c.memberId()));
    LocalDate today = LocalDate.now(clock);
    o.close(d == null ? null : d.outcome(), c.user(), today);
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        o.getTarget().getId(),
        subject(o.getTarget()),
        "audit.target.orderClosed",
        o.getResponsibleName());
    return view(o, today);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<TargetView> mine(Integer year) {
    Long me = caller.get().memberId();
    if (me == null) {
      return List.of();
    }
    List<Target> found = targets.ofMember(me, year(year));
    Map<Long, List<SupervisionOrder>> orders = ordersOf(found);
    return found.stream().map(t -> view(t, orders)).toList();
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public int remindOverdue() {
    return reminders.run(LocalDate.now(clock));
  }

  private int year(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  /** The target as changed: written, audited, and shown with its orders. */
  private TargetView updated(Target t, String key, Object... args) {
    Flush.now(em);
    audit.record(AuditAction.UPDATE, TYPE, t.getId(), subject(t), key, args);
    return view(t, ordersOf(List.of(t)));
  }

  /** A target the caller keeps, or their own. */
  private Target seen(Long id) {
    return guard.load(Target.class, id, "entity.target", t -> keeps(t) || own(t));
  }

  private boolean keeps(Target t) {
    Caller c = caller.get();
    return c.keepsRecords() && c.scope().covers(t.getOrgPath());
  }

  private boolean own(Target t) {
    return t.getMemberId() != null && t.getMemberId().equals(caller.get().memberId());
  }

  private static String subject(Target t) {
    return t.getMemberId() == null ? t.getOrganization().getName() : t.getMemberName();
  }

  private Map<Long, List<SupervisionOrder>> ordersOf(List<Target> ts) {
    return targets.orders(ts.stream().map(Target::getId).toList()).stream()
        .collect(Collectors.groupingBy(o -> o.getTarget().getId()));
  }

  private TargetView view(Target t, Map<Long, List<SupervisionOrder>> orders) {
    LocalDate today = LocalDate.now(clock);
    TargetText x = t.text();
    return new TargetView(
        t.getId(),
        t.getOrganization().getId(),
        t.getOrganization().getName(),
        t.getYear(),
        t.getMemberId(),
        t.getMemberName(),
        x.getTitle(),
        x.getMeasure(),
        x.getDueOn(),
        t.getSetBy(),
        t.getMemberAgreedOn(),
        t.getSecretaryAgreedOn(),
        t.isAgreed(),
        t.takesProgress(),
        t.percentDone(),
        t.getProgress().stream()
            .map(
                p ->
                    new TargetView.ProgressView(
                        p.getOn(), p.getPercent(), p.getReport(), p.getBy()))
            .toList(),
        t.getResult(),
        t.getEvidence(),
        t.getAssessedOn(),
        t.getAssessedBy(),
        orders.getOrDefault(t.getId(), List.of()).stream().map(o -> view(o, today)).toList());
  }

  private static OrderView view(SupervisionOrder o, LocalDate today) {
    Target t = o.getTarget();
    return new OrderView(
        o.getId(),
        t.getId(),
        t.text().getTitle(),
        t.getMemberId() == null
            ? t.getOrganization().getName()
            : t.getOrganization().getName() + " · " + t.getMemberName(),
        o.getResponsibleId(),
        o.getResponsibleName(),
        o.getRequirement(),
        o.getDeadline(),
        o.getIssuedOn(),
        o.getIssuedBy(),
        o.isOverdue(today),
        o.getClosedOn(),
        o.getOutcome());
  }

  private static TargetTemplateView view(TargetTemplate t) {
    TargetText x = t.text();
    return new TargetTemplateView(
        t.getId(),
        t.getOrganization().getId(),
        t.getOrganization().getName(),
        t.getYear(),
        t.isForMembers(),
        x.getTitle(),
        x.getMeasure(),
        x.getDueOn());
  }
}
