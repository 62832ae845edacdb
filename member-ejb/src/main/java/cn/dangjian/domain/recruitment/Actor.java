package cn.dangjian.domain.recruitment;

/** Who records a step: the branch (its secretary) or the higher party committee. */
public enum Actor {
  BRANCH,
  COMMITTEE
}
