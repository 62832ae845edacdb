package cn.dangjian.domain.dues;

/** A reduction or exemption: decided by the branch, then approved or refused by the next level. */
public enum ReliefStatus {
  REQUESTED,
  APPROVED,
  REFUSED
}
