package cn.dangjian.domain.duty;

/** A target assessed at the year's end: met, partly met, not met. */
public enum TargetResult {
  MET,
  PARTLY_MET,
  NOT_MET
}
