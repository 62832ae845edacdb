package cn.dangjian.application.member.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.member.HistoryView;
import cn.dangjian.application.member.MemberDetail;
import cn.dangjian.application.member.MemberService;
import cn.dangjian.application.member.sheet.SheetColumn;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.MemberRow;
import cn.dangjian.domain.member.PhoneNumber;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@Stateless
@DeclareRoles({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
public class DefaultMemberService implements MemberService {
  private static final int MAX_PAGE = 500;

  @Inject MemberRepository members;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  // Reads that write nothing (not even a refusal) run without a transaction: the roster's every
  // page calls both, and a transaction's enlistment and commit were a tenth of their cost.
  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<MemberRow> search(MemberQuery query, int first, int max) {
    return members.search(
        query, caller.get().scope(), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(MemberQuery query) {
    return members.count(query, caller.get().scope());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public MemberDetail get(Long id) {
    return detail(guard.member(id));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public MemberDetail me() {
    Long self = caller.get().memberId();
    if (self == null) {
      throw new NotFoundException("entity.member", caller.get().user());
    }
    return detail(guard.member(self));
  }

  private MemberDetail detail(Member m) {
    Caller c = caller.get();
    boolean keeps = c.scope().covers(m.getOrganization().getPath()) && c.keepsRecords();
    LocalDate today = LocalDate.now(clock);
    return new MemberDetail(
        m.getId(),
        m.getVersion(),
        CitizenId.mask(m.getCitizenId()),
        m.getOrganization().getDisplayName(),
        m.age(today),
        m.partyStandingYears(today),
        m.getAccount(),
        m.toData(false),
        keeps,
        keeps || m.getId().equals(c.memberId()));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public String revealCitizenId(Long id) {
    Member m = guard.member(id);
    if (!detail(m).citizenIdRevealable()) {
      audit.refused("Member", id, "revealCitizenId");
      throw new NotFoundException("entity.member", id);
    }
    audit.record(AuditAction.REVEAL_CITIZEN_ID, "Member", id, m.getName(), "audit.member.revealed");
    return m.getCitizenId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public MemberDetail create(MemberData data) {
    validate(data, true, null);
    Organization org = enrollingOrganization(data.getOrganizationId());
    Member m = new Member(data, org);
    members.store(m);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "Member",
        m.getId(),
        m.getName(),
        "audit.member.created",
        org.getName());
    return detail(m);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public MemberDetail update(Long id, int expectedVersion, MemberData data) {
    Member m = guard.memberToChange(id);
    checkVersion(m, expectedVersion);
    validate(data, false, m);
    Organization org =
        Objects.equals(data.getOrganizationId(), m.getOrganization().getId())
            ? m.getOrganization()
            : enrollingOrganization(data.getOrganizationId());
    if (org != m.getOrganization()) {
      throw new DomainException("member.organization.useMove");
    }
    Map<String, Object> before = auditFields(m);
    String oldPost = m.getJobPost();
    m.apply(data, org);
    if (!Objects.equals(oldPost, m.getJobPost()) && m.getJobPost() != null) {
      members.store(
          new HistoryEntry(
              m,
              HistoryKind.POST,
              LocalDate.now(clock),
              null,
              m.getJobPost(),
              null,
              oldPost,
              caller.get().user(),
              clock.instant()));
    }
    Flush.now(em);
    audit.changed(
        "Member", id, m.getName(), Change.between(before, auditFields(m)), "audit.member.updated");
    return detail(m);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN}) // a branch asks the receiving side (transfers)
  public MemberDetail move(
      Long id, int expectedVersion, Long targetOrgId, LocalDate on, String reason) {
    Member m = guard.memberToChange(id);
    checkVersion(m, expectedVersion);
    if (on == null) {
      throw new ValidationException(List.of(new Violation("date", "member.move.dateRequired")));
    }
    Organization from = m.getOrganization();
    Organization to = enrollingOrganization(targetOrgId);
    if (to.getId().equals(from.getId())) {
      throw new DomainException("member.move.sameOrganization");
    }
    m.moveTo(to);
    members.store(
        HistoryEntry.transfer(
            m, from, to, on, MemberData.trimToNull(reason), caller.get().user(), clock.instant()));
    Flush.now(em);
    audit.record(
        AuditAction.MOVE,
        "Member",
        id,
        m.getName(),
        "audit.member.moved",
        from.getName(),
        to.getName(),
        on);
    return detail(m);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public List<HistoryView> history(Long id) {
    return members.history(guard.member(id)).stream()
        .map(
            h ->
                new HistoryView(
                    h.getId(),
                    h.getKind(),
                    h.getStartDate(),
                    h.getEndDate(),
                    h.getTitle(),
                    h.getSubtype(),
                    h.getDetail(),
                    h.getRecordedBy()))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Long addHistory(
      Long id,
      HistoryKind kind,
      LocalDate start,
      LocalDate end,
      String title,
      String subtype,
      String detail) {
    Member m = guard.memberToChange(id);
    List<Violation> v = new ArrayList<>();
    if (kind == HistoryKind.TRANSFER) {
      // a transfer is recorded by the transfer itself
      v.add(new Violation("kind", "history.kind.invalid"));
    }
    v.addAll(HistoryEntry.problems(kind, start, end, title, subtype, detail));
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    HistoryEntry e =
        new HistoryEntry(
            m,
            kind,
            start,
            end,
            title.trim(),
            MemberData.trimToNull(subtype),
            MemberData.trimToNull(detail),
            caller.get().user(),
            clock.instant());
    members.store(e);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "Member",
        id,
        m.getName(),
        "audit.member.historyAdded",
        kind,
        title.trim());
    return e.getId();
  }

  private void validate(MemberData data, boolean creating, Member existing) {
    if (data == null) {
      throw new ValidationException(List.of(new Violation("data", "error.noData")));
    }
    List<Violation> v = new ArrayList<>(data.validate(LocalDate.now(clock), creating));
    String id = CitizenId.normalize(data.getCitizenId());
    if (id != null && !id.isBlank() && v.stream().noneMatch(x -> x.field().equals("citizenId"))) {
      members
          .findByCitizenId(id)
          .filter(other -> existing == null || !other.getId().equals(existing.getId()))
          .ifPresent(
              other ->
                  // named to those who may see them; others learn only that it is taken
                  v.add(
                      caller.get().scope().covers(other.getOrgPath())
                          ? new Violation(
                              "citizenId",
                              "member.citizenId.duplicate",
                              other.getName(),
                              other.getId())
                          : new Violation("citizenId", "member.citizenId.duplicateElsewhere")));
    }
    if (existing != null && (id == null || id.isBlank())) {
      // The stored number is kept: birth date and sex must still agree with it.
      MemberData withStored = existing.toData(true);
      if (!CitizenId.birthDate(withStored.getCitizenId())
          .orElseThrow()
          .equals(data.getBirthDate())) {
        v.add(
            new Violation(
                "birthDate",
                "member.birthDate.mismatch",
                CitizenId.birthDate(withStored.getCitizenId()).get()));
      }
      if (data.getSex() != null && CitizenId.sex(withStored.getCitizenId()) != data.getSex()) {
        v.add(new Violation("sex", "member.sex.mismatch"));
      }
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
  }

  /** A branch or group in the caller's scope that takes members. */
  private Organization enrollingOrganization(Long orgId) {
    if (orgId == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "member.organization.required")));
    }
    Organization org = guard.organization(orgId);
    if (!org.getKind().holdsMembers()) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "member.organization.notBranch", org.getName())));
    }
    return org;
  }

  private static void checkVersion(Member m, int expectedVersion) {
    if (m.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.member", m.getName());
    }
  }

  /** What the audit log compares of a member: the roster's fields, citizen id and phone masked. */
  private static Map<String, Object> auditFields(Member m) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (SheetColumn c : SheetColumn.values()) {
      switch (c) {
        case ORGANIZATION, ORGANIZATION_CODE -> {}
        case CITIZEN_ID -> fields.put(c.headerKey(), CitizenId.mask(m.getCitizenId()));
        case PHONE -> fields.put(c.headerKey(), PhoneNumber.mask(m.getPhone()));
        default -> fields.put(c.headerKey(), c.value(m));
      }
    }
    return fields;
  }
}
