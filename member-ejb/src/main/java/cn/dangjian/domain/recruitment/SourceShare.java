package cn.dangjian.domain.recruitment;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A year's new members by source, and the share the goal counts (frontline, highly educated, young:
 * each person once). Below the goal is a warning, never a refusal.
 */
public record SourceShare(
    long newMembers, Map<Source, Long> bySource, long counted, int goalPercent)
    implements Serializable {

  public static SourceShare of(Iterable<Set<Source>> people, int goalPercent) {
    Map<Source, Long> by = new EnumMap<>(Source.class);
    for (Source s : Source.values()) {
      by.put(s, 0L);
    }
    long total = 0;
    long counted = 0;
    for (Set<Source> p : people) {
      total++;
      p.forEach(s -> by.merge(s, 1L, Long::sum));
      if (p.stream().anyMatch(Source::counted)) {
        counted++;
      }
    }
    return new SourceShare(total, Collections.unmodifiableMap(by), counted, goalPercent);
  }

  /** Whole per cent, rounded down so that 74.9% never shows as meeting 75%. */
  public int percent() {
    return newMembers == 0 ? 0 : (int) (counted * 100 / newMembers);
  }

  public int percentOf(Source s) {
    return newMembers == 0 ? 0 : (int) (bySource.get(s) * 100 / newMembers);
  }

  /** counted / newMembers below goal / 100, compared exactly. */
  public boolean belowGoal() {
    return newMembers > 0 && counted * 100 < (long) goalPercent * newMembers;
  }
}
