package cn.dangjian.domain.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What part of the tree a caller may see: everything, some subtrees (by path prefix), or only their
 * own member record. Repositories turn it into a SQL predicate so paging and counts are scoped too.
 */
public record Scope(boolean all, List<String> subtreePaths, Long selfMemberId)
    implements Serializable {

  public static Scope everything() {
    return new Scope(true, List.of(), null);
  }

  public static Scope of(List<String> subtreePaths, Long selfMemberId) {
    return new Scope(false, List.copyOf(subtreePaths), selfMemberId);
  }

  /** Whether the organization at {@code orgPath} is in scope; nothing covers no organization. */
  public boolean covers(String orgPath) {
    return orgPath != null && (all || subtreePaths.stream().anyMatch(orgPath::startsWith));
  }

  public boolean coversMember(Long memberId, String orgPath) {
    return covers(orgPath) || (selfMemberId != null && selfMemberId.equals(memberId));
  }

  public boolean isEmpty() {
    return !all && subtreePaths.isEmpty() && selfMemberId == null;
  }
}
