package cn.dangjian.domain.member;

/** 在职 / 离退休. */
public enum Employment {
  IN_SERVICE,
  RETIRED
}
