package cn.dangjian.domain.calendar;

/**
 * An exception to the Monday-Friday week: a public holiday, or a weekend day worked instead (调休).
 */
public enum DayKind {
  HOLIDAY,
  WORKDAY
}
