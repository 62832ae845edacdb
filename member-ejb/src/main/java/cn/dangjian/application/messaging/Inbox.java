package cn.dangjian.application.messaging;

import cn.dangjian.domain.messaging.MessageCategory;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A page of a member's inbox, newest first: what was sent to them, never whether they read it. */
public record Inbox(long total, int first, int max, List<Item> items) implements Serializable {
  public record Item(
      Long messageId, MessageCategory category, String text, Instant sentAt, String organization)
      implements Serializable {}
}
