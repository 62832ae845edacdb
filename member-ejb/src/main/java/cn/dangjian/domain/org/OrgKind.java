package cn.dangjian.domain.org;

/** 党委 / 党总支 / 党支部 / 党小组. */
public enum OrgKind {
  COMMITTEE,
  GENERAL_BRANCH,
  BRANCH,
  GROUP;

  /** Which kinds may sit directly under this one. */
  public boolean mayContain(OrgKind child) {
    return switch (this) {
      case COMMITTEE -> child != GROUP;
      case GENERAL_BRANCH -> child == BRANCH;
      case BRANCH -> child == GROUP;
      case GROUP -> false;
    };
  }

  /** Members are enrolled in branches and their groups, never directly in a committee. */
  public boolean holdsMembers() {
    return this == BRANCH || this == GROUP;
  }
}
