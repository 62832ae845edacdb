package cn.dangjian.application.org;

import cn.dangjian.application.shared.Caller;
import cn.dangjian.domain.member.PositionRole;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** The org tree (党组织): browse, found, rename, move, dissolve, and the posts held in it. */
@Local
public interface OrganizationService {
  /** Every active organization in the caller's scope, parents before children. */
  List<OrgNode> tree();

  OrgNode get(Long id);

  /**
   * Organizations in scope whose name or code contains {@code text}, for pickers; with {@code
   * enrollingOnly} only branches and groups, which hold members. Counts are not filled in.
   */
  List<OrgNode> find(String text, boolean enrollingOnly, int max);

  /**
   * Branches and groups of the whole group whose name or code contains {@code text}: where a
   * member's relation may be transferred to, beyond the caller's own scope (names and codes only).
   */
  List<OrgNode> receiving(String text, int max);

  /** One branch or group of the whole group, as {@link #receiving} lists it. */
  OrgNode receivingOne(Long id);

  /** The changes answer with the organization read in their own transaction. */
  OrgNode found(OrgData data);

  OrgNode rename(Long id, int expectedVersion, OrgData data);

  OrgNode move(Long id, int expectedVersion, Long newParentId);

  /** Dissolves an organization with no active children; its members move to {@code receiverId}. */
  void dissolve(Long id, int expectedVersion, Long receiverId, LocalDate on);

  List<PositionView> positions(Long orgId);

  Long appoint(Long orgId, Long memberId, PositionRole role, LocalDate since);

  void endPosition(Long positionId, LocalDate on);

  /** The caller as the business layer sees them (roles, member, scope). */
  Caller whoAmI();
}
