package cn.dangjian.domain.org;

import cn.dangjian.domain.shared.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface OrganizationRepository {
  Optional<Organization> find(Long id);

  Optional<Organization> findByCode(String code);

  /** Active organizations in scope, ordered by path so parents come before children. */
  List<Organization> findInScope(Scope scope);

  /**
   * At most {@code max} active organizations in scope, ordered by path, of the given kinds (any if
   * empty) whose name or code contains {@code text} (any if blank).
   */
  List<Organization> findInScope(Scope scope, String text, Set<OrgKind> kinds, int max);

  /** Member counts of every organization in scope, counted on their own (not the subtree). */
  Map<Long, Long> memberCounts(Scope scope);

  long countActiveChildren(Organization org);

  /** The organizations directly under this one, in code order. */
  List<Organization> childrenOf(Organization org);

  void store(Organization org);

  /**
   * Rewrites the path prefix of every descendant after {@code org} moved, and of every record that
   * keeps the path of one of them.
   */
  void rewriteSubtreePaths(String oldPrefix, String newPrefix, int depthDelta);

  long count();
}
