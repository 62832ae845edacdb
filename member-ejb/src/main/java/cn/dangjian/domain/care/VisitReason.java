package cn.dangjian.domain.care;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a member is to be visited: a rule of the campaign (in hardship, elderly, retired, ill, living
 * alone) or picked by the committee.
 */
public enum VisitReason {
  HARDSHIP,
  ELDERLY,
  RETIRED,
  ILL,
  LIVING_ALONE,
  PICKED;

  /** The reasons a campaign may choose as rules (all but being picked). */
  public static boolean isRule(VisitReason r) {
    return r != PICKED;
  }

  /** Reasons as a column keeps them: their names, comma-separated, in declaration order. */
  public static String join(Collection<VisitReason> reasons) {
    return EnumSet.copyOf(reasons).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<VisitReason> parse(String column) {
    Set<VisitReason> s = EnumSet.noneOf(VisitReason.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(VisitReason::valueOf).forEach(s::add);
    }
    return s;
  }
}
