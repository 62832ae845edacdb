package cn.dangjian.application.care.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.care.AssignData;
import cn.dangjian.application.care.CampaignData;
import cn.dangjian.application.care.CampaignView;
import cn.dangjian.application.care.VisitData;
import cn.dangjian.application.care.VisitService;
import cn.dangjian.application.care.VisitView;
import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.care.CareRepository;
import cn.dangjian.domain.care.CareVisit;
import cn.dangjian.domain.care.VisitCampaign;
import cn.dangjian.domain.care.VisitReason;
import cn.dangjian.domain.care.VisitRepository;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultVisitService implements VisitService {
  private static final String TYPE = "VisitCampaign";
  private static final int MAX_CAMPAIGNS = 100;

  @Inject VisitRepository visits;
  @Inject CareRepository care;
  @Inject Notices notices;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.care.elderlyAge", defaultValue = "70")
  int elderlyAge;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public List<CampaignView.Summary> campaigns(Long organizationId) {
    Organization org = guard.organization(organizationId);
    List<String> above =
        Organization.pathsUpTo(org.getPath()).stream()
            .filter(p -> !p.equals(org.getPath()))
            .toList();
    return Stream.concat(
            visits.campaignsUnder(org.getPath(), MAX_CAMPAIGNS).stream(),
            visits.campaignsOf(above, MAX_CAMPAIGNS).stream())
        .sorted((a, b) -> b.getHolidayOn().compareTo(a.getHolidayOn()))
        .map(
            c ->
                new CampaignView.Summary(
                    c.getId(),
                    c.getOrganization().getName(),
                    c.getName(),
                    c.getHoliday(),
                    c.getHolidayOn()))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public CampaignView create(CampaignData d) {
    if (d == null) {
      throw new ValidationException(List.of(new Violation("holiday", "care.campaign.holiday")));
    }
    Organization org = guard.organization(d.organizationId());
    LocalDate today = LocalDate.now(clock);
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    Set<VisitReason> rules =
        d.rules() == null || d.rules().isEmpty()
            ? EnumSet.noneOf(VisitReason.class)
            : EnumSet.copyOf(d.rules());
    VisitCampaign c =
        new VisitCampaign(
            org,
            d.name(),
            d.holiday(),
            d.holidayOn(),
            rules,
            d.holiday() == null ? null : zh.label(d.holiday()),
            caller.get().user(),
            today);
    visits.store(c);
    Map<Long, Set<VisitReason>> named =
        visits.named(org.getPath(), rules, c.getHolidayOn().minusYears(elderlyAge));
    Map<Long, Member> people = care.members(named.keySet());
    people.values().stream()
        .sorted((a, b) -> a.getId().compareTo(b.getId()))
        .forEach(m -> visits.store(CareVisit.of(c, m, named.get(m.getId()))));
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        TYPE,
        c.getId(),
        org.getName(),
        "audit.care.campaign",
        c.getName(),
        named.size());
    return view(c);
  }

  @Override
  public CampaignView get(Long campaignId) {
    VisitCampaign c = seen(campaignId);
    audit.record(
        AuditAction.VIEW,
        TYPE,
        c.getId(),
        c.getOrganization().getName(),
        "audit.care.campaignViewed",
        c.getName());
    return view(c);
  }

  @Override
  public CampaignView pick(Long campaignId, Long memberId) {
    VisitCampaign c = seen(campaignId);
    Member m = guard.memberToChange(memberId);
    if (!m.getOrgPath().startsWith(c.getOrgPath())) {
      throw new ValidationException(
          List.of(new Violation("memberId", "care.campaign.outside", m.getName())));
    }
    if (visits.visit(c.getId(), m.getId()).isPresent()) {
      throw new ConflictException("care.campaign.listed", m.getName());
    }
    visits.store(CareVisit.of(c, m, EnumSet.of(VisitReason.PICKED)));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE, TYPE, c.getId(), c.getName(), "audit.care.picked", m.getName());
    return view(c);
  }

  @Override
  public CampaignView assign(Long campaignId, AssignData d) {
    VisitCampaign c = seen(campaignId);
    Member visitor =
        guard
            .person(d == null ? null : d.visitorId())
            .orElseThrow(
                () ->
                    new ValidationException(
                        List.of(new Violation("visitorId", "care.visit.visitor"))));
    if (d.memberIds() == null || d.memberIds().isEmpty()) {
      throw new ValidationException(List.of(new Violation("memberIds", "care.visit.whom")));
    }
    List<String> names = new ArrayList<>();
    for (Long id : d.memberIds()) {
      CareVisit v =
          visits
              .visit(c.getId(), id)
              .filter(this::keeps)
              .orElseThrow(
                  () ->
                      new ValidationException(
                          List.of(new Violation("memberIds", "care.visit.notListed"))));
      v.assign(visitor.getId(), visitor.getName());
      names.add(v.getMemberName());
    }
    Flush.now(em);
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    notices.toPeople(
        c.getOrganization().getId(),
        List.of(visitor.getId()),
        zh.text("notice.visit", c.getName(), c.getHolidayOn(), zh.list(names)));
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        c.getId(),
        c.getName(),
        "audit.care.visitorAssigned",
        visitor.getName(),
        names.size());
    return view(c);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public VisitView record(Long visitId, VisitData d) {
    Caller who = caller.get();
    CareVisit v =
        guard.load(
            CareVisit.class,
            visitId,
            "entity.careVisit",
            x -> keeps(x) || Objects.equals(x.getVisitorId(), who.memberId()));
    v.record(
        d == null ? null : d.on(),
        d == null ? null : d.found(),
        d == null ? null : d.given(),
        d == null ? null : d.followUp(),
        who.name(),
        LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        TYPE,
        v.getCampaign().getId(),
        v.getCampaign().getName(),
        "audit.care.visited",
        v.getMemberName(),
        v.getVisitedOn());
    return view(v);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<VisitView> mine() {
    Long me = caller.get().memberId();
    if (me == null) {
      return List.of();
    }
    List<CareVisit> found = visits.assignedTo(me, LocalDate.now(clock));
    if (!found.isEmpty()) {
      audit.record(AuditAction.VIEW, "Member", me, caller.get().name(), "audit.care.visitsMine");
    }
    return found.stream().map(DefaultVisitService::view).toList();
  }

  /**
   * A campaign the caller keeps: of their subtree, or of a committee above it (a branch sees its
   * own part of its committee's campaign).
   */
  private VisitCampaign seen(Long id) {
    Caller c = caller.get();
    return guard.load(
        VisitCampaign.class,
        id,
        "entity.visitCampaign",
        x ->
            c.scope().covers(x.getOrgPath())
                || c.scope().subtreePaths().stream().anyMatch(p -> p.startsWith(x.getOrgPath())));
  }

  private boolean keeps(CareVisit v) {
    Caller c = caller.get();
    return c.keepsRecords() && c.scope().covers(v.getOrgPath());
  }

  private CampaignView view(VisitCampaign c) {
    List<VisitView> mine =
        visits.visits(c.getId()).stream()
            .filter(this::keeps)
            .map(DefaultVisitService::view)
            .toList();
    Map<String, int[]> by = new LinkedHashMap<>();
    for (VisitView v : mine) {
      int[] n = by.computeIfAbsent(v.organizationName(), k -> new int[2]);
      n[0]++;
      n[1] += v.visited() ? 1 : 0;
    }
    return new CampaignView(
        c.getId(),
        c.getOrganization().getId(),
        c.getOrganization().getName(),
        c.getName(),
        c.getHoliday(),
        c.getHolidayOn(),
        List.copyOf(c.rules()),
        mine.size(),
        (int) mine.stream().filter(VisitView::visited).count(),
        by.entrySet().stream()
            .map(e -> new CampaignView.Coverage(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList(),
        mine.stream().filter(v -> !v.visited()).toList(),
        mine);
  }

  private static VisitView view(CareVisit v) {
    VisitCampaign c = v.getCampaign();
    return new VisitView(
        v.getId(),
        c.getId(),
        c.getName(),
        c.getHolidayOn(),
        v.getMemberId(),
        v.getMemberName(),
        v.getOrganizationName(),
        List.copyOf(v.reasons()),
        v.getVisitorId(),
        v.getVisitorName(),
        v.getVisitedOn(),
        v.getRecordedBy(),
        v.getFound(),
        v.getGiven(),
        v.getFollowUp());
  }
}
