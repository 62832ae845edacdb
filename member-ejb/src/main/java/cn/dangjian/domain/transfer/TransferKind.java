package cn.dangjian.domain.transfer;

/** 组织关系转接: where the member's organization relation goes. */
public enum TransferKind {
  /** From one branch of the group to another: the receiving side accepts. */
  WITHIN,
  /** Out of the group, with an introduction letter and a receipt expected back. */
  OUT,
  /** Into the group, on a letter received: a receipt is sent back. */
  IN
}
