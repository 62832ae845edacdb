package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.PositionRole;

/**
 * The leaders among members in SQL of its own: those holding on a day a post of a committee or a
 * branch committee (a group leader is not one), as {@code PositionRepository.committeeMembersAmong}
 * says in JPQL.
 */
final class LeaderPosts {
  private LeaderPosts() {}

  /** The ids of the leaders on the day bound to {@code dayParameter} ("?1"). */
  static String heldOn(String dayParameter) {
    return "(SELECT DISTINCT p.member_id FROM org_position p WHERE p.role <> '"
        + PositionRole.GROUP_LEADER.name()
        + "' AND p.since_date <= "
        + dayParameter
        + " AND (p.until_date IS NULL OR p.until_date > "
        + dayParameter
        + "))";
  }
}
