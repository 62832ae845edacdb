package cn.dangjian.domain.member;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The review flags of one member on a day, from what the system holds: a sign of lapse counts only
 * where the record is kept here (the organization recorded its meetings in the six months, the
 * branch kept the member's dues base), never for someone admitted within them, nor for a mobile
 * member (who lives the organizational life and pays dues in the inflow organization).
 */
public final class MemberFlags {
  private MemberFlags() {}

  /** What is known of the member over the six months before {@code today}. */
  public record Facts(
      boolean mobile,
      LocalDate mobileSince,
      boolean lostContact,
      LocalDate lostContactSince,
      LocalDate joinDate,
      boolean meetingsKept,
      boolean attended,
      boolean duesKept,
      boolean paid) {}

  public static Set<ReviewFlag> of(Facts f, LocalDate today) {
    Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
    LocalDate window = today.minusMonths(ReviewFlag.MONTHS);
    if (f.mobile()) {
      flags.add(
          f.mobileSince() != null && !f.mobileSince().isAfter(window)
              ? ReviewFlag.MOBILE_SIX_MONTHS
              : ReviewFlag.MOBILE);
    }
    if (f.lostContact()) {
      flags.add(
          f.lostContactSince() != null && !f.lostContactSince().isAfter(window)
              ? ReviewFlag.LOST_CONTACT_SIX_MONTHS
              : ReviewFlag.LOST_CONTACT);
    }
    // a mobile member's organizational life and dues are in the inflow organization, not here
    boolean memberThroughout = !f.mobile() && f.joinDate() != null && !f.joinDate().isAfter(window);
    if (memberThroughout && f.meetingsKept() && !f.attended()) {
      flags.add(ReviewFlag.NO_ORGANIZATIONAL_LIFE);
    }
    if (memberThroughout && f.duesKept() && !f.paid()) {
      flags.add(ReviewFlag.NO_DUES);
    }
    return flags;
  }
}
