package cn.dangjian.domain.care;

/**
 * Why a member needs care: a hardship at work, in life or in skills (each may get a helper, 一助一),
 * living alone, or illness. Retirement and age come from the member's record, not from here.
 */
public enum NeedKind {
  WORK_HARDSHIP,
  LIFE_HARDSHIP,
  SKILLS_HARDSHIP,
  LIVING_ALONE,
  ILL;

  public boolean isHardship() {
    return this == WORK_HARDSHIP || this == LIFE_HARDSHIP || this == SKILLS_HARDSHIP;
  }
}
