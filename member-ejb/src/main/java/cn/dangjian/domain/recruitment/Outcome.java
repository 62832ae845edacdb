package cn.dangjian.domain.recruitment;

/** How a decision step ended. */
public enum Outcome {
  PASSED,
  FAILED
}
