package cn.dangjian.domain.recruitment;

import java.time.LocalDate;

/**
 * Where a rule comes from and from when it applies. A step is judged by the national edition in
 * force on its date; the enterprise's own rules apply alongside either.
 */
public enum Edition {
  /** 《中国共产党发展党员工作细则》(2014). */
  NATIONAL_2014(LocalDate.of(2014, 6, 10)),
  /** The revised 细则, in force from 2026-05-11 (art. 44). */
  NATIONAL_2026(LocalDate.of(2026, 5, 11)),
  /** The group's own rules (五查五不批, source ratio, training class). */
  ENTERPRISE(LocalDate.of(2014, 6, 10));

  private final LocalDate effectiveFrom;

  Edition(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The national edition in force on a day. */
  public static Edition nationalOn(LocalDate day) {
    return day.isBefore(NATIONAL_2026.effectiveFrom) ? NATIONAL_2014 : NATIONAL_2026;
  }

  public boolean inForceOn(LocalDate day) {
    return this == ENTERPRISE ? !day.isBefore(effectiveFrom) : nationalOn(day) == this;
  }
}
