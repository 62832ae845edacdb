package cn.dangjian.application.shared;

import cn.dangjian.domain.shared.Scope;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling: the realm user, their roles, the member record linked to the account, the name
 * people know them by (the member's, else the account), and the part of the org tree they may see
 * and change.
 */
public record Caller(String user, Set<String> roles, Long memberId, String name, Scope scope)
    implements Serializable {

  public boolean has(String role) {
    return roles.contains(role);
  }

  /** Those who keep the member database see full citizen ids on request (audited). */
  public boolean keepsRecords() {
    return has(Roles.GROUP_ADMIN) || has(Roles.COMMITTEE_ADMIN) || has(Roles.BRANCH_SECRETARY);
  }
}
