package cn.dangjian.application.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The group keeps Beijing time: the clock's zone, and moments as people here read them. */
public final class BeijingTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  private BeijingTime() {}

  /** To the minute, e.g. 2026-06-30 10:00. */
  public static String minute(Instant at) {
    return at == null ? "" : MINUTES.format(at);
  }
}
