package cn.dangjian.application.member;

import cn.dangjian.domain.member.ReviewFlag;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of an organization's subtree an organization department reviews, with why (mobile,
 * lost contact, the lapse rule's signs over the six months to {@code asOf}) and how many for each
 * reason. A list to look at, never acted on by the system.
 */
public record ReviewList(
    Long organizationId,
    String organization,
    LocalDate asOf,
    List<Flagged> members,
    Map<ReviewFlag, Integer> counts)
    implements Serializable {
  public record Flagged(
      Long memberId,
      String name,
      String organization,
      Set<ReviewFlag> flags,
      LocalDate lostContactSince,
      LocalDate mobileSince,
      String inflowOrganization)
      implements Serializable {}
}
