package cn.dangjian.application.care.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.care.CareOverview;
import cn.dangjian.application.care.CareService;
import cn.dangjian.application.care.EndData;
import cn.dangjian.application.care.HelpData;
import cn.dangjian.application.care.MemberCare;
import cn.dangjian.application.care.NeedData;
import cn.dangjian.application.care.NeedView;
import cn.dangjian.application.care.PairData;
import cn.dangjian.application.care.PairView;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.care.CareNeed;
import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.HelpPair;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.NotFoundException;
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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultCareService implements CareService {
  /** An overview lists at most this many needs and pairs: a company cares for a few hundred. */
  private static final int MAX = 2000;

  private static final String NEED = "CareNeed";
  private static final String PAIR = "HelpPair";

  @Inject CareRepository care;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public CareOverview overview(Long organizationId) {
    Organization org = guard.organization(organizationId);
    List<CareNeed> open = care.needsUnder(org.getPath(), true, MAX);
    List<Long> uncoveredIds = care.uncovered(org.getPath(), MAX);
    Map<Long, Member> people =
        care.members(
            Stream.concat(open.stream().map(CareNeed::getMemberId), uncoveredIds.stream())
                .collect(Collectors.toSet()));
    List<NeedView> needs = open.stream().map(n -> view(n, people.get(n.getMemberId()))).toList();
    List<PairView> pairs =
        care.pairsUnder(org.getPath(), true, MAX).stream().map(DefaultCareService::view).toList();
    List<CareOverview.Person> uncovered =
        uncoveredIds.stream()
            .map(people::get)
            .map(
                m -> new CareOverview.Person(m.getId(), m.getName(), m.getOrganization().getName()))
            .toList();
    audit.record(
        AuditAction.VIEW, "Organization", org.getId(), org.getName(), "audit.care.overview");
    return new CareOverview(org.getId(), org.getName(), needs, pairs, uncovered);
  }

  @Override
  public MemberCare ofMember(Long memberId) {
    Member m = guard.memberToChange(memberId);
    audit.record(AuditAction.VIEW, "Member", m.getId(), m.getName(), "audit.care.member");
    return new MemberCare(
        m.getId(),
        m.getName(),
        care.needsOf(m.getId()).stream().map(n -> view(n, m)).toList(),
        care.pairsOf(m.getId()).stream().map(DefaultCareService::view).toList());
  }

  @Override
  public NeedView recordNeed(NeedData d) {
    if (d == null || d.memberId() == null) {
      throw new ValidationException(List.of(new Violation("memberId", "care.member.required")));
    }
    Member m = guard.memberToChange(d.memberId());
    CareNeed need =
        new CareNeed(
            m.getId(),
            d.kind(),
            d.since(),
            d.note(),
            LocalDate.now(clock),
            caller.get().user(),
            clock.instant());
    care.store(need);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE, NEED, need.getId(), m.getName(), "audit.care.need", need.getKind());
    return view(need, m);
  }

  @Override
  public NeedView endNeed(Long needId, EndData end) {
    CareNeed need = em.find(CareNeed.class, needId);
    if (need == null) {
      throw new NotFoundException("entity.careNeed", needId);
    }
    Member m = guard.memberToChange(need.getMemberId());
    need.end(end == null ? null : end.on(), LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        NEED,
        need.getId(),
        m.getName(),
        "audit.care.needEnded",
        need.getKind(),
        need.getEndedOn());
    return view(need, m);
  }

  @Override
  public PairView pair(PairData d) {
    if (d == null || d.helpedId() == null) {
      throw new ValidationException(List.of(new Violation("helpedId", "care.member.required")));
    }
    Member helped = guard.memberToChange(d.helpedId());
    Member helper =
        guard
            .person(d.helperId())
            .orElseThrow(
                () ->
                    new ValidationException(
                        List.of(new Violation("helperId", "care.pair.helper"))));
    boolean inNeed =
        care.needsOf(helped.getId()).stream().anyMatch(n -> n.isOpen() && n.getKind() == d.area());
    if (d.area() != null && d.area().isHardship() && !inNeed) {
      throw new ValidationException(List.of(new Violation("area", "care.pair.noNeed")));
    }
    if (care.pairsOf(helped.getId()).stream()
        .anyMatch(
            p -> p.isOpen() && p.getHelpedId().equals(helped.getId()) && p.getArea() == d.area())) {
      throw new ConflictException("care.pair.duplicate", helped.getName());
    }
    HelpPair p =
        new HelpPair(
            helper,
            helped,
            d.area(),
            d.since(),
            LocalDate.now(clock),
            caller.get().user(),
            clock.instant());
    care.store(p);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        PAIR,
        p.getId(),
        helped.getName(),
        "audit.care.pair",
        helper.getName(),
        p.getArea());
    return view(p);
  }

  @Override
  public PairView endPair(Long pairId, EndData end) {
    HelpPair p = kept(pairId);
    p.end(end == null ? null : end.on(), end == null ? null : end.reason(), LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        PAIR,
        p.getId(),
        p.getHelpedName(),
        "audit.care.pairEnded",
        p.getHelperName(),
        p.getEndReason());
    return view(p);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public PairView getPair(Long pairId) {
    HelpPair p = caredFor(pairId);
    audit.record(AuditAction.VIEW, PAIR, p.getId(), p.getHelpedName(), "audit.care.pairViewed");
    return view(p);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public PairView help(Long pairId, HelpData d) {
    HelpPair p = caredFor(pairId);
    if (d == null) {
      throw new ValidationException(List.of(new Violation("what", "error.request")));
    }
    Caller c = caller.get();
    p.record(
        d.on(), d.kind(), d.what(), c.name() == null ? c.user() : c.name(), LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        PAIR,
        p.getId(),
        p.getHelpedName(),
        "audit.care.help",
        d.kind(),
        d.on());
    return view(p);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<PairView> helping() {
    Long me = caller.get().memberId();
    if (me == null) {
      return List.of();
    }
    List<HelpPair> pairs = care.helping(me);
    if (!pairs.isEmpty()) {
      audit.record(AuditAction.VIEW, "Member", me, caller.get().name(), "audit.care.helping");
    }
    return pairs.stream().map(DefaultCareService::view).toList();
  }

  /** A pair whose helped member's record the caller keeps. */
  private HelpPair kept(Long pairId) {
    return guard.load(HelpPair.class, pairId, "entity.helpPair", this::keeps);
  }

  /** A pair the caller helps in, or whose helped member's record they keep. */
  private HelpPair caredFor(Long pairId) {
    return guard.load(
        HelpPair.class,
        pairId,
        "entity.helpPair",
        p -> p.getHelperId().equals(caller.get().memberId()) || keeps(p));
  }

  private boolean keeps(HelpPair p) {
    Caller c = caller.get();
    Member helped = em.find(Member.class, p.getHelpedId());
    return c.keepsRecords() && helped != null && c.scope().covers(helped.getOrgPath());
  }

  private static NeedView view(CareNeed n, Member m) {
    return new NeedView(
        n.getId(),
        n.getMemberId(),
        m == null ? null : m.getName(),
        m == null || m.getOrganization() == null ? null : m.getOrganization().getName(),
        n.getKind(),
        n.getSince(),
        n.getNote(),
        n.getEndedOn());
  }

  private static PairView view(HelpPair p) {
    return new PairView(
        p.getId(),
        p.getHelperId(),
        p.getHelperName(),
        p.getHelpedId(),
        p.getHelpedName(),
        p.getArea(),
        p.getSince(),
        p.getEndedOn(),
        p.getEndReason(),
        p.getHelp().stream()
            .map(h -> new PairView.Help(h.getOn(), h.getKind(), h.getWhat(), h.getBy()))
            .toList());
  }
}
