package cn.dangjian.domain.dues;

/** How a month's dues were paid. */
public enum PayMethod {
  CASH,
  TRANSFER,
  PAYROLL
}
