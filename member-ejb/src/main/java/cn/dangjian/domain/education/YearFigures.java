package cn.dangjian.domain.education;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A year's study figures of a group of members: how many they are, their hours together, how many
 * reached their minimum, how many have no hours at all. Counts, never a comparison of people.
 */
public record YearFigures(long members, BigDecimal hours, long reached, long none)
    implements Serializable {
  public long shortOf() {
    return members - reached;
  }
}
