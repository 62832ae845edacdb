package cn.dangjian.domain.recruitment.training;

import cn.dangjian.domain.recruitment.Standing;

/**
 * Who a class trains: activists (the yearly class of the enterprise rule) or candidates (art. 17).
 */
public enum Audience {
  ACTIVIST(Standing.ACTIVIST),
  CANDIDATE(Standing.CANDIDATE);

  private final Standing standing;

  Audience(Standing standing) {
    this.standing = standing;
  }

  /** The standing a case must have to be enrolled. */
  public Standing standing() {
    return standing;
  }
}
