package cn.dangjian.application.shared.internal;

import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads one record for the caller: outside their scope it answers exactly as for a missing id,
 * and writes the refusal to the audit log.
 */
@ApplicationScoped
public class ScopeGuard {
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject MemberRepository members;
  @Inject OrganizationRepository organizations;

  public Member member(Long id) {
    Member m = members.find(id).orElseThrow(() -> new NotFoundException("entity.member", id));
    if (!caller.get().scope().coversMember(m.getId(), m.getOrganization().getPath())) {
      audit.refused("Member", id, "read");
      throw new NotFoundException("entity.member", id);
    }
    return m;
  }

  /** A member the caller may change: in a subtree they keep, never merely themselves. */
  public Member memberToChange(Long id) {
    Member m = member(id);
    if (!caller.get().scope().covers(m.getOrganization().getPath())) {
      audit.refused("Member", id, "change");
      throw new NotFoundException("entity.member", id);
    }
    return m;
  }

  public Organization organization(Long id) {
    Organization o = organizations.find(id).orElseThrow(() -> new NotFoundException("entity.organization", id));
    if (!o.isActive() || !caller.get().scope().covers(o.getPath())) {
      if (o.isActive()) {
        audit.refused("Organization", id, "read");
      }
      throw new NotFoundException("entity.organization", id);
    }
    return o;
  }
}
