package cn.dangjian.domain.appraisal;

import java.io.Serializable;

/**
 * The share of a branch's appraised members that may be graded 优秀, as the group sets it (our
 * customer: one third; the national rules fix none). The count is rounded down: 21 members, at most
 * 7; 20, at most 6.
 */
public record ExcellentShare(int numerator, int denominator) implements Serializable {
  public static final ExcellentShare ONE_THIRD = new ExcellentShare(1, 3);

  public ExcellentShare {
    if (numerator < 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("share " + numerator + "/" + denominator);
    }
  }

  /** "1/3" as written in server configuration. */
  public static ExcellentShare parse(String text) {
    String[] parts = text.trim().split("/", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException("share " + text + ": write it as 1/3");
    }
    return new ExcellentShare(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
  }

  /** The most members of {@code members} that may be graded 优秀. */
  public int limit(int members) {
    return members * numerator / denominator;
  }
}
