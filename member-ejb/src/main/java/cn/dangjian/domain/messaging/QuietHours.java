package cn.dangjian.domain.messaging;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The hours in which a member is not to be woken (shift workers underground): a message due then
 * waits until they end. From 22:00 to 06:00 runs across midnight; equal times mean none.
 */
public record QuietHours(LocalTime from, LocalTime to) implements Serializable {
  public QuietHours {
    if (from == null || to == null) {
      throw new IllegalArgumentException("quiet hours need both ends");
    }
  }

  public boolean contains(LocalTime t) {
    if (from.equals(to)) {
      return false;
    }
    return from.isBefore(to)
        ? !t.isBefore(from) && t.isBefore(to)
        : !t.isBefore(from) || t.isBefore(to);
  }

  /** When a message due at {@code at} may go: at once, or when these hours end. */
  public ZonedDateTime release(ZonedDateTime at) {
    if (!contains(at.toLocalTime())) {
      return at;
    }
    ZonedDateTime end = at.with(to).withSecond(0).withNano(0);
    return end.isAfter(at) ? end : end.plusDays(1);
  }
}
