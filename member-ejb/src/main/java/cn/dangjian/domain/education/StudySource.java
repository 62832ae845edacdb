package cn.dangjian.domain.education;

/** Where a ledger entry's hours come from; with the source's id, an entry is made once. */
public enum StudySource {
  /** A 五学 study session. */
  SESSION,
  /** A lesson of an 一堂 course, finished. */
  LESSON,
  /** A session of a recruitment training class, attended before or after admission. */
  TRAINING,
  /** A branch's party lesson (党课) of 三会一课. */
  PARTY_LESSON
}
