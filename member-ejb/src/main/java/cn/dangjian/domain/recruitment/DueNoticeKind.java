package cn.dangjian.domain.recruitment;

/** Why a notice was raised: a time limit coming up, or one already passed. */
public enum DueNoticeKind {
  DUE_SOON,
  OVERDUE
}
