package cn.dangjian.domain.recruitment;

/** What the branch did with a person in its sight: a talk, an activity they joined, help given. */
public enum ContactKind {
  TALK,
  ACTIVITY,
  HELP
}
