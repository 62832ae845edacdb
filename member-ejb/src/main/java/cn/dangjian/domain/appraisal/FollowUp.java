package cn.dangjian.domain.appraisal;

/**
 * What the rules require for a member graded 不合格: educated and helped to correct within a time
 * limit (限期改正); persuaded to leave the party (劝其退党) when they do not; removed (除名) when they
 * refuse.
 */
public enum FollowUp {
  CORRECTION,
  PERSUADE_TO_LEAVE,
  REMOVAL
}
