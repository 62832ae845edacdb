package cn.dangjian.domain.education;

import cn.dangjian.domain.org.OrgKind;

/**
 * 党员论坛: a branch's board for its members, and a company committee's board for its branch
 * secretaries.
 */
public enum BoardKind {
  MEMBERS,
  SECRETARIES;

  /** The kind of organization that keeps such a board. */
  public OrgKind keptBy() {
    return this == MEMBERS ? OrgKind.BRANCH : OrgKind.COMMITTEE;
  }
}
