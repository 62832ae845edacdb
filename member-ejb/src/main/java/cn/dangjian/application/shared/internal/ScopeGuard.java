package cn.dangjian.application.shared.internal;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one scoped load: every record loaded by id for a caller, and every person picked into
 * something, comes through here. Outside the caller's scope it answers exactly as for a missing id,
 * and writes the refusal to the audit log.
 */
@ApplicationScoped
public class ScopeGuard {
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject OrganizationRepository organizations;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  /** A record that belongs to an organization, seen from the caller's subtrees. */
  public <T extends InOrganization> T load(Class<T> type, Long id, String nameKey) {
    return load(type, id, nameKey, x -> scope().covers(x.getOrgPath()));
  }

  /** A record the caller may see by a rule of its own (e.g. a class held above their branch). */
  public <T> T load(Class<T> type, Long id, String nameKey, Predicate<T> visible) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw new NotFoundException(nameKey, id);
    }
    if (!visible.test(found)) {
      audit.refused(type.getSimpleName(), id, "read");
      throw new NotFoundException(nameKey, id);
    }
    return found;
  }

  /** A member of the group the caller may see; one who has left the group is found by no one. */
  public Member member(Long id) {
    Member m = id == null ? null : em.find(Member.class, id);
    if (m != null && m.hasLeft()) {
      throw new NotFoundException("entity.member", id);
    }
    return load(Member.class, id, "entity.member", this::visible);
  }

  /** A member the caller may change: in a subtree they keep, never merely themselves. */
  public Member memberToChange(Long id) {
    Member m = member(id);
    if (!scope().covers(m.getOrgPath())) {
      audit.refused("Member", id, "change");
      throw new NotFoundException("entity.member", id);
    }
    return m;
  }

  /**
   * A person picked into something (mentor, sponsor, attendee, helper, visitor): a member the
   * caller may see, or empty when there is none by that id or they are outside the scope (audited).
   */
  public Optional<Member> person(Long id) {
    Member m = id == null ? null : em.find(Member.class, id);
    if (m != null && m.hasLeft()) {
      return Optional.empty();
    }
    if (m != null && !visible(m)) {
      audit.refused("Member", id, "pick");
      return Optional.empty();
    }
    return Optional.ofNullable(m);
  }

  public Organization organization(Long id) {
    Organization o = id == null ? null : em.find(Organization.class, id);
    if (o == null || !o.isActive()) {
      throw new NotFoundException("entity.organization", id);
    }
    if (!scope().covers(o.getPath())) {
      audit.refused("Organization", id, "read");
      throw new NotFoundException("entity.organization", id);
    }
    return o;
  }

  /**
   * A branch or group, named by its code in a file, that the caller may put people into: one
   * outside their scope reads as unknown, and the attempt is audited.
   */
  public Optional<Organization> enrolling(String code) {
    Optional<Organization> org = organizations.findByCode(code);
    if (org.isPresent() && org.get().isActive() && !scope().covers(org.get().getPath())) {
      audit.refused("Organization", org.get().getId(), "importInto");
      return Optional.empty();
    }
    return org.filter(o -> o.isActive() && o.getKind().holdsMembers());
  }

  /** A member the caller may see: in their subtrees, or themselves. */
  private boolean visible(Member m) {
    return scope().coversMember(m.getId(), m.getOrgPath());
  }

  private Scope scope() {
    return caller.get().scope();
  }
}
