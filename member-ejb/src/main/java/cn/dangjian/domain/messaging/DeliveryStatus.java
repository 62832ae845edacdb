package cn.dangjian.domain.messaging;

public enum DeliveryStatus {
  /** Handed over: in the inbox, or accepted by the channel's provider. */
  SENT
}
