package cn.dangjian.application.member;

/** The members to review in an organization's subtree (流动、失联, and the lapse rule's signs). */
public interface ReviewService {
  /** At most {@link #MAX_LISTED} members, in the roster's order; the counts cover all. */
  ReviewList flagged(Long organizationId);

  int MAX_LISTED = 1000;
}
