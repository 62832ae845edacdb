package cn.dangjian.application.org.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.org.OrgData;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.org.PositionView;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.OrgPosition;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.Scope;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Stateless
@DeclareRoles({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
public class DefaultOrganizationService implements OrganizationService {
  private static final int MAX_FOUND = 100;
  private static final Set<OrgKind> ENROLLING = Set.of(OrgKind.BRANCH, OrgKind.GROUP);

  @Inject OrganizationRepository organizations;
  @Inject PositionRepository positions;
  @Inject MemberRepository members;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<OrgNode> tree() {
    var scope = caller.get().scope();
    Map<Long, Long> counts = organizations.memberCounts(scope);
    List<Organization> found = organizations.findInScope(scope);
    // each organization's members count for it and for every organization above it (its path)
    Map<Long, Long> subtree = new HashMap<>();
    for (Organization o : found) {
      long direct = counts.getOrDefault(o.getId(), 0L);
      if (direct > 0) {
        for (String id : o.getPath().split("/")) {
          if (!id.isEmpty()) {
            subtree.merge(Long.valueOf(id), direct, Long::sum);
          }
        }
      }
    }
    return found.stream()
        .map(
            o ->
                OrgNode.of(
                    o, counts.getOrDefault(o.getId(), 0L), subtree.getOrDefault(o.getId(), 0L)))
        .toList();
  }

  // The roster's organization filter reads one on every page; a refusal is audited in a
  // transaction of its own, so these reads need none.
  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public OrgNode get(Long id) {
    Organization o = guard.organization(id);
    return OrgNode.of(
        o,
        members.countIn(o),
        members.count(MemberQuery.all().inSubtree(o.getId()), caller.get().scope()));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OrgNode> find(String text, boolean enrollingOnly, int max) {
    return organizations
        .findInScope(
            caller.get().scope(),
            text,
            enrollingOnly ? ENROLLING : Set.of(),
            Math.min(Math.max(max, 1), MAX_FOUND))
        .stream()
        .map(OrgNode::of)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OrgNode> receiving(String text, int max) {
    return organizations
        .findInScope(Scope.everything(), text, ENROLLING, Math.min(Math.max(max, 1), MAX_FOUND))
        .stream()
        .map(OrgNode::of)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public OrgNode receivingOne(Long id) {
    return organizations
        .find(id)
        .filter(o -> o.isActive() && ENROLLING.contains(o.getKind()))
        .map(OrgNode::of)
        .orElseThrow(() -> new NotFoundException("entity.organization", id));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public OrgNode found(OrgData data) {
    validate(data, null);
    Organization parent = managedParent(data.parentId(), data);
    Organization o =
        new Organization(
            data.code().trim(), data.name().trim(), data.kind(), parent, data.foundedOn());
    o.markOffice(data.office());
    organizations.store(o);
    o.placeUnder(parent);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        "Organization",
        o.getId(),
        o.getName(),
        "audit.org.founded",
        o.getKind(),
        o.getCode(),
        parent.getName(),
        o.getFoundedOn());
    return get(o.getId());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public OrgNode rename(Long id, int expectedVersion, OrgData data) {
    Organization o = changeable(id, expectedVersion);
    validate(
        new OrgData(data.code(), data.name(), o.getKind(), null, data.foundedOn(), data.office()),
        o);
    Map<String, Object> before = auditFields(o);
    o.rename(data.code().trim(), data.name().trim(), data.foundedOn());
    o.markOffice(data.office());
    em.flush();
    audit.changed(
        "Organization",
        id,
        o.getName(),
        Change.between(before, auditFields(o)),
        "audit.org.renamed");
    return get(id);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public OrgNode move(Long id, int expectedVersion, Long newParentId) {
    Organization o = changeable(id, expectedVersion);
    Organization parent =
        managedParent(
            newParentId,
            new OrgData(o.getCode(), o.getName(), o.getKind(), newParentId, null, o.isOffice()));
    if (parent.isWithin(o.getPath())) {
      throw new DomainException("org.move.intoItself", o.getName());
    }
    String oldPath = o.getPath();
    String oldParent = o.getParent().getName();
    int oldDepth = o.getDepth();
    o.placeUnder(parent);
    em.flush();
    organizations.rewriteSubtreePaths(oldPath, o.getPath(), o.getDepth() - oldDepth);
    em.clear();
    audit.record(
        AuditAction.MOVE,
        "Organization",
        id,
        o.getName(),
        "audit.org.moved",
        oldParent,
        parent.getName());
    return get(id);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void dissolve(Long id, int expectedVersion, Long receiverId, LocalDate on) {
    Organization o = changeable(id, expectedVersion);
    if (organizations.countActiveChildren(o) > 0) {
      throw new DomainException("org.dissolve.hasChildren", o.getName());
    }
    if (on == null) {
      throw new ValidationException(List.of(new Violation("date", "org.dissolve.dateRequired")));
    }
    List<Member> enrolled = members.membersOf(o);
    if (!enrolled.isEmpty()) {
      if (receiverId == null) {
        throw new ValidationException(
            List.of(new Violation("receiverId", "org.dissolve.receiverRequired", enrolled.size())));
      }
      Organization receiver = guard.organization(receiverId);
      if (!receiver.getKind().holdsMembers() || receiver.getId().equals(o.getId())) {
        throw new ValidationException(
            List.of(
                new Violation("receiverId", "member.organization.notBranch", receiver.getName())));
      }
      for (Member m : enrolled) {
        m.moveTo(receiver);
        members.store(
            HistoryEntry.transfer(
                m, o, receiver, on, "dissolved", caller.get().user(), clock.instant()));
      }
    }
    positions.positionsOf(o, on).forEach(p -> p.end(on));
    o.dissolve(on);
    em.flush();
    audit.record(
        AuditAction.DISSOLVE,
        "Organization",
        id,
        o.getName(),
        "audit.org.dissolved",
        on,
        enrolled.size());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<PositionView> positions(Long orgId) {
    Organization o = guard.organization(orgId);
    return positions.positionsOf(o, LocalDate.now(clock)).stream()
        .map(DefaultOrganizationService::view)
        .toList();
  }

  private static PositionView view(OrgPosition p) {
    return new PositionView(
        p.getId(),
        p.getOrganization().getId(),
        p.getOrganization().getName(),
        p.getMember().getId(),
        p.getMember().getName(),
        p.getRole(),
        p.getSince());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public Long appoint(Long orgId, Long memberId, PositionRole role, LocalDate since) {
    Organization o = guard.organization(orgId);
    if (memberId == null || role == null || since == null) {
      throw new ValidationException(List.of(new Violation("role", "org.position.required")));
    }
    Member m = guard.member(memberId);
    OrgPosition p = new OrgPosition(o, m, role, since);
    positions.store(p);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        "Organization",
        o.getId(),
        o.getName(),
        "audit.org.appointed",
        m.getName(),
        role,
        since);
    return p.getId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void endPosition(Long positionId, LocalDate on) {
    OrgPosition p = em.find(OrgPosition.class, positionId);
    if (p == null) {
      throw new NotFoundException("entity.position", positionId);
    }
    guard.organization(p.getOrganization().getId());
    p.end(on);
    audit.record(
        AuditAction.UPDATE,
        "Organization",
        p.getOrganization().getId(),
        p.getOrganization().getName(),
        "audit.org.positionEnded",
        p.getMember().getName(),
        p.getRole(),
        on);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public Caller whoAmI() {
    return caller.get();
  }

  /** The fields a rename may change, keyed by their labels. */
  private static Map<String, Object> auditFields(Organization o) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("audit.field.org.name", o.getName());
    fields.put("audit.field.org.code", o.getCode());
    fields.put("audit.field.org.foundedOn", o.getFoundedOn());
    fields.put("audit.field.org.office", o.isOffice());
    return fields;
  }

  /** An organization the caller may restructure: strictly inside their scope, not its root. */
  private Organization changeable(Long id, int expectedVersion) {
    Organization o = guard.organization(id);
    Caller c = caller.get();
    if (o.getParent() == null
        || (!c.scope().all() && c.scope().subtreePaths().contains(o.getPath()))) {
      audit.refused("Organization", id, "restructure");
      throw new DomainException("org.change.refused", o.getName());
    }
    if (o.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.organization", o.getName());
    }
    return o;
  }

  private Organization managedParent(Long parentId, OrgData data) {
    if (parentId == null) {
      throw new ValidationException(List.of(new Violation("parentId", "org.parent.required")));
    }
    Organization parent = guard.organization(parentId);
    if (!parent.getKind().mayContain(data.kind())) {
      throw new ValidationException(
          List.of(
              new Violation("kind", "org.kind.notAllowedUnder", data.kind(), parent.getKind())));
    }
    return parent;
  }

  private void validate(OrgData data, Organization existing) {
    List<Violation> v = new ArrayList<>(Constraints.of(data));
    if (v.stream().noneMatch(x -> x.field().equals("code"))) {
      organizations
          .findByCode(data.code().trim())
          .filter(other -> existing == null || !other.getId().equals(existing.getId()))
          .ifPresent(
              other -> v.add(new Violation("code", "org.code.duplicate", data.code().trim())));
    }
    if (data.foundedOn() != null && data.foundedOn().isAfter(LocalDate.now(clock))) {
      v.add(new Violation("foundedOn", "member.date.future"));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
  }
}
