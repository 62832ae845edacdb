package cn.dangjian.domain.recruitment;

/** Open while in the pipeline; the other values are its ends, including the side exits. */
public enum CaseStatus {
  OPEN,
  WITHDRAWN,
  NOT_ADMITTED,
  PROBATION_CANCELLED,
  CONVERTED;

  public boolean isOpen() {
    return this == OPEN;
  }
}
