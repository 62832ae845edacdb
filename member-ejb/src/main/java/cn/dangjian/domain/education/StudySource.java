package cn.dangjian.domain.education;

/** Where a ledger entry's hours come from; with the source's id, an entry is made once. */
public enum StudySource {
  /** A 五学 study session. */
  SESSION
}
