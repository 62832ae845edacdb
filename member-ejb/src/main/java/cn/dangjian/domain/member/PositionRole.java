package cn.dangjian.domain.member;

/** Posts in an organization's leadership; every one of them gives scope over its subtree. */
public enum PositionRole {
  SECRETARY,
  DEPUTY_SECRETARY,
  ORGANIZATION_COMMITTEE_MEMBER,
  COMMITTEE_MEMBER,
  GROUP_LEADER
}
