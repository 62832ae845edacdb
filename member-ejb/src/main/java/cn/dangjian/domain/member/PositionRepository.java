package cn.dangjian.domain.member;

import cn.dangjian.domain.org.Organization;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The posts members hold in organizations. */
public interface PositionRepository {
  List<OrgPosition> positionsHeldBy(Long memberId, LocalDate on);

  List<OrgPosition> positionsOf(Organization org, LocalDate on);

  /** The secretaries of the branches under the path on the day, in the tree's order. */
  List<Long> branchSecretariesUnder(String path, LocalDate on);

  /** The members of the organization's own committee on the day (no group leader). */
  List<Long> committeeOf(Long organizationId, LocalDate on);

  /** Those of these members who sit on a committee (secretary or committee member) on the day. */
  Set<Long> committeeMembersAmong(Collection<Long> memberIds, LocalDate on);

  void store(OrgPosition position);

  /** Whether the member holds or ever held a post in any organization. */
  boolean everHeldPost(Long memberId);
}
