package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.SideExitService;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
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
public class DefaultSideExitService implements SideExitService {
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject CaseAccess access;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject DueScan dueScan;
  @EJB CaseQueryService queries;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed(BRANCH_SECRETARY)
  public CaseView withdraw(
      Long id, int expectedVersion, LocalDate on, String reason, Locale locale) {
    RecruitmentCase c = access.loadToChange(id, expectedVersion);
    requireReason(on, reason);
    c.withdraw(on, reason.strip());
    dueScan.follow(c, LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "RecruitmentCase",
        id,
        c.getName(),
        "audit.case.withdrawn",
        on,
        reason.strip());
    return queries.get(id, locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public CaseView extendProbation(
      Long id, int expectedVersion, LocalDate on, int months, String reason, Locale locale) {
    RecruitmentCase c = access.loadToChange(id, expectedVersion);
    requireReason(on, reason);
    LocalDate before = c.getProbationEnd();
    c.extendProbation(months);
    dueScan.follow(c, LocalDate.now(clock));
    Flush.now(em);
    audit.changed(
        "RecruitmentCase",
        id,
        c.getName(),
        List.of(new Change("audit.field.case.probationEnd", before, c.getProbationEnd())),
        "audit.case.extended",
        on,
        months,
        reason.strip());
    return queries.get(id, locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public CaseView transfer(
      Long id,
      int expectedVersion,
      Long toOrganizationId,
      LocalDate on,
      String reason,
      Locale locale) {
    RecruitmentCase c = access.loadToChange(id, expectedVersion);
    requireReason(on, reason);
    if (toOrganizationId == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "recruitment.transfer.target")));
    }
    Organization to = guard.organization(toOrganizationId);
    if (!RecruitmentCase.receives(to)) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "recruitment.case.branch")));
    }
    Organization from = c.getOrganization();
    c.transfer(to, on, reason.strip(), caller.get().user());
    if (c.getMemberId() != null) {
      // a probationary member's membership moves with the case (art. 35)
      Member m =
          members
              .find(c.getMemberId())
              .orElseThrow(() -> new NotFoundException("entity.member", c.getMemberId()));
      m.moveTo(to);
      members.store(
          HistoryEntry.transfer(
              m, from, to, on, reason.strip(), caller.get().user(), clock.instant()));
      audit.record(
          AuditAction.MOVE,
          "Member",
          m.getId(),
          m.getName(),
          "audit.member.moved",
          from.getName(),
          to.getName(),
          on);
    }
    dueScan.follow(c, LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.MOVE,
        "RecruitmentCase",
        id,
        c.getName(),
        "audit.case.transferred",
        from.getName(),
        to.getName(),
        on,
        reason.strip());
    return queries.get(id, locale);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public CaseView cancelProbation(
      Long id, int expectedVersion, LocalDate on, String reason, Locale locale) {
    RecruitmentCase c = access.loadToChange(id, expectedVersion);
    requireReason(on, reason);
    Long memberId = c.getMemberId();
    c.probationCancelled(on, reason.strip());
    Member m =
        members.find(memberId).orElseThrow(() -> new NotFoundException("entity.member", memberId));
    if (positions.everHeldPost(m.getId())) {
      throw new DomainException("recruitment.cancel.posts", m.getName());
    }
    String branch = m.getOrganization().getName();
    members.remove(m);
    dueScan.follow(c, LocalDate.now(clock));
    Flush.now(em);
    audit.record(
        AuditAction.DELETE,
        "Member",
        m.getId(),
        m.getName(),
        "audit.member.probationCancelled",
        branch,
        id);
    audit.record(
        AuditAction.UPDATE,
        "RecruitmentCase",
        id,
        c.getName(),
        "audit.case.probationCancelled",
        on,
        reason.strip());
    return queries.get(id, locale);
  }

  /** A side exit is dated, not in the future, and says why. */
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
}
