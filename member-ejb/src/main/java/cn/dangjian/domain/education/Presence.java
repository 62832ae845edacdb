package cn.dangjian.domain.education;

/** What the organizer records for an expected person: there, excused (with the reason), absent. */
public enum Presence {
  PRESENT,
  EXCUSED,
  ABSENT
}
