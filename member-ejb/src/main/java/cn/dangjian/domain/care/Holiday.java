package cn.dangjian.domain.care;

/** The holidays of visit campaigns: 春节, 七一 (the party's founding day), 中秋, or another. */
public enum Holiday {
  SPRING_FESTIVAL,
  JULY_FIRST,
  MID_AUTUMN,
  OTHER
}
