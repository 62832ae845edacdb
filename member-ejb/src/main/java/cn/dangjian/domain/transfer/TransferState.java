package cn.dangjian.domain.transfer;

public enum TransferState {
  /** Within the group, waiting for the receiving side. */
  REQUESTED,
  ACCEPTED,
  REFUSED,
  CANCELLED,
  /** Out of the group: the letter is issued, the receipt not yet back. */
  LETTER_ISSUED,
  RECEIPT_RETURNED,
  /** Into the group: the letter was received and the member entered. */
  RECEIVED;

  public boolean open() {
    return this == REQUESTED || this == LETTER_ISSUED;
  }
}
