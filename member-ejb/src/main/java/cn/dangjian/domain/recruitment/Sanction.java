package cn.dangjian.domain.recruitment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A sanction from a member's history: in effect from {@code from} until {@code until} (open when
 * null).
 */
public record Sanction(SanctionKind kind, LocalDate from, LocalDate until) implements Serializable {
  public boolean inEffectOn(LocalDate day) {
    return !day.isBefore(from) && (until == null || day.isBefore(until));
  }
}
