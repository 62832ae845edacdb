package cn.dangjian.domain.member;

/**
 * The histories kept for a member: posts, transfers inside the group, rewards, sanctions, hardship,
 * family.
 */
public enum HistoryKind {
  POST,
  TRANSFER,
  REWARD,
  SANCTION,
  HARDSHIP,
  FAMILY,
  APPRAISAL
}
