package cn.dangjian.domain.member;

/** Which members of a subtree something is for: a course, the people expected at a session. */
public enum MemberKind {
  /** Every member of the subtree. */
  ALL,
  /** 预备党员. */
  PROBATIONARY,
  /** Branch secretaries and members of a party or branch committee. */
  LEADERS,
  /** 离退休党员. */
  RETIRED;

  public boolean includes(Category category, Employment employment, boolean leader) {
    return switch (this) {
      case ALL -> true;
      case PROBATIONARY -> category == Category.PROBATIONARY;
      case LEADERS -> leader;
      case RETIRED -> employment == Employment.RETIRED;
    };
  }
}
