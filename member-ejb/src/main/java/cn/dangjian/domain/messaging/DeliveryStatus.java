package cn.dangjian.domain.messaging;

/**
 * Where a delivery stands; by the app it is SENT at once, by other channels it goes through the
 * outbox.
 */
public enum DeliveryStatus {
  /** Recorded with the message, waiting for a worker (or for the member's quiet hours to end). */
  PENDING,
  /** Claimed by one worker, handed to the provider now. */
  SENDING,
  /** Handed over: in the inbox, or accepted by the channel's provider. */
  SENT,
  /** Given up: refused by the provider, no address, or still failing after the retries. */
  FAILED,
  /**
   * The worker stopped between handing it over and hearing the answer (a server killed): it may
   * have gone out, so it is never sent again by itself; an editor may resend it on purpose.
   */
  UNCERTAIN,
  /** Not sent: the member turned the channel off before it went. */
  CANCELLED
}
