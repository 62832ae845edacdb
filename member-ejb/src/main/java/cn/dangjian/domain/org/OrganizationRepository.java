package cn.dangjian.domain.org;

import java.time.LocalDate;
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

  void store(Organization org);

  /** Rewrites the path prefix of every descendant after {@code org} moved. */
  void rewriteSubtreePaths(String oldPrefix, String newPrefix, int depthDelta);

  List<OrgPosition> positionsHeldBy(Long memberId, LocalDate on);

  List<OrgPosition> positionsOf(Organization org, LocalDate on);

  void store(OrgPosition position);

  /** Whether the member holds or ever held a post in any organization. */
  boolean everHeldPost(Long memberId);

  long count();
}
