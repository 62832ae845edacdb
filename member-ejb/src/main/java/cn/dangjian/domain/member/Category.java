package cn.dangjian.domain.member;

/** 正式党员 / 预备党员. */
public enum Category {
  FULL,
  PROBATIONARY
}
