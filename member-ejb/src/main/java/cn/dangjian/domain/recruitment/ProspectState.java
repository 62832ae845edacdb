package cn.dangjian.domain.recruitment;

/** Where a person in the branch's sight stands: still before applying, applied, or let go. */
public enum ProspectState {
  IN_SIGHT,
  APPLIED,
  DROPPED
}
