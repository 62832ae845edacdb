package cn.dangjian.domain.recruitment;

/** Where an applicant comes from (拓源头); one person may count under several. */
public enum Source {
  FRONTLINE,
  TECHNICIAN,
  TEAM_LEADER,
  HIGHLY_EDUCATED,
  YOUNG;

  /**
   * The goal counts frontline workers, the highly educated and the young (≥ 75% of new members).
   */
  public boolean counted() {
    return this == FRONTLINE || this == HIGHLY_EDUCATED || this == YOUNG;
  }
}
