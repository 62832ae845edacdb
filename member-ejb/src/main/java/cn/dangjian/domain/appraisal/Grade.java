package cn.dangjian.domain.appraisal;

/** The grades of 民主评议: 优秀, 合格, 基本合格, 不合格. */
public enum Grade {
  EXCELLENT,
  QUALIFIED,
  BASICALLY_QUALIFIED,
  UNQUALIFIED
}
