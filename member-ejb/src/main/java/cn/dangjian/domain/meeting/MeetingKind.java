package cn.dangjian.domain.meeting;

import cn.dangjian.domain.org.OrgKind;

/**
 * 三会一课 and the rest of a branch's organizational life (RULES.md), each with how often it is due and
 * the organizations that hold it: the branch its general meeting (about quarterly), its committee
 * (monthly), its party lesson (at least yearly, by the secretary), its theme party day (monthly),
 * its organizational-life meeting and its talks (at least yearly); each party group its meeting
 * (monthly).
 */
public enum MeetingKind {
  GENERAL_MEETING(MeetingPeriod.QUARTER, OrgKind.BRANCH),
  COMMITTEE_MEETING(MeetingPeriod.MONTH, OrgKind.BRANCH),
  GROUP_MEETING(MeetingPeriod.MONTH, OrgKind.GROUP),
  PARTY_LESSON(MeetingPeriod.YEAR, OrgKind.BRANCH),
  THEME_DAY(MeetingPeriod.MONTH, OrgKind.BRANCH),
  LIFE_MEETING(MeetingPeriod.YEAR, OrgKind.BRANCH),
  TALKS(MeetingPeriod.YEAR, OrgKind.BRANCH);

  private final MeetingPeriod period;
  private final OrgKind heldBy;

  MeetingKind(MeetingPeriod period, OrgKind heldBy) {
    this.period = period;
    this.heldBy = heldBy;
  }

  public MeetingPeriod period() {
    return period;
  }

  public boolean heldBy(OrgKind kind) {
    return heldBy == kind;
  }

  /** Whether attending credits study hours (学时). */
  public boolean creditsStudy() {
    return this == PARTY_LESSON;
  }
}
