package cn.dangjian.domain.messaging;

public enum MessageStatus {
  /** Waiting for its time; may still be withdrawn. */
  SCHEDULED,
  /** Its deliveries were recorded, one per person and channel, at its time. */
  SENT,
  WITHDRAWN
}
