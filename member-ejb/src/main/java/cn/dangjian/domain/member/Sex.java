package cn.dangjian.domain.member;

/** 性别. */
public enum Sex {
  MALE,
  FEMALE
}
