package cn.dangjian.application.shared.internal;

import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.Roles;
import cn.dangjian.domain.member.AccountHolder;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.OrgPosition;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the caller once per request: realm user → linked member → posts held today → scope. The
 * group admin sees everything; committee admins and branch secretaries the subtrees of the
 * organizations where they hold a post; a member only themselves.
 */
@RequestScoped
public class CurrentCaller {
  private static final List<String> ALL_ROLES =
      List.of(
          Roles.GROUP_ADMIN,
          Roles.COMMITTEE_ADMIN,
          Roles.BRANCH_SECRETARY,
          Roles.MEMBER,
          Roles.AUDITOR);

  @Inject SecurityContext security;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject Clock clock;

  private Caller caller;

  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    Principal p = security.getCallerPrincipal();
    String user = p == null ? "anonymous" : p.getName();
    Set<String> roles = new LinkedHashSet<>();
    for (String r : ALL_ROLES) {
      if (security.isCallerInRole(r)) {
        roles.add(r);
      }
    }
    AccountHolder holder = p == null ? null : members.holderOfAccount(user).orElse(null);
    Long memberId = holder == null ? null : holder.id();
    String name = holder == null ? user : holder.name();
    if (roles.contains(Roles.GROUP_ADMIN)) {
      return new Caller(user, Set.copyOf(roles), memberId, name, Scope.everything());
    }
    List<String> paths = List.of();
    if (memberId != null
        && (roles.contains(Roles.COMMITTEE_ADMIN) || roles.contains(Roles.BRANCH_SECRETARY))) {
      LocalDate today = LocalDate.now(clock);
      paths =
          positions.positionsHeldBy(memberId, today).stream()
              .map(OrgPosition::getOrganization)
              .filter(o -> o.isActive() && allowedBy(roles, o.getKind()))
              .map(o -> o.getPath())
              .distinct()
              .toList();
    }
    Long self = roles.contains(Roles.MEMBER) ? memberId : null;
    return new Caller(
        user, Set.copyOf(roles), memberId, name, Scope.of(withoutNested(paths), self));
  }

  /**
   * A secretary's scope comes from branch-level posts, a committee admin's from committee posts.
   */
  private static boolean allowedBy(Set<String> roles, OrgKind kind) {
    return switch (kind) {
      case COMMITTEE, GENERAL_BRANCH -> roles.contains(Roles.COMMITTEE_ADMIN);
      case BRANCH, GROUP ->
          roles.contains(Roles.BRANCH_SECRETARY) || roles.contains(Roles.COMMITTEE_ADMIN);
    };
  }

  private static List<String> withoutNested(List<String> paths) {
    return paths.stream()
        .filter(x -> paths.stream().noneMatch(q -> !q.equals(x) && x.startsWith(q)))
        .toList();
  }
}
