package cn.dangjian.domain.member;

/** 学历 (national system's levels): 研究生, 大学本科, 大学专科, 中专, 高中, 初中, 小学. */
public enum Education {
  POSTGRADUATE,
  UNIVERSITY,
  COLLEGE,
  TECHNICAL_SECONDARY,
  HIGH_SCHOOL,
  JUNIOR_HIGH,
  PRIMARY
}
