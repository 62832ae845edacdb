package cn.dangjian.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review flags: six months counted to the day, and signs only where the record is kept here.
 */
class MemberFlagsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final LocalDate LONG_AGO = LocalDate.of(2008, 7, 1);

  private static Set<ReviewFlag> flags(
      LocalDate joined, boolean meetingsKept, boolean attended, boolean duesKept, boolean paid) {
    return MemberFlags.of(
        new MemberFlags.Facts(
            false, null, false, null, joined, meetingsKept, attended, duesKept, paid),
        TODAY);
  }

  @Test
  void lostContactCountsSixMonthsToTheDay() {
    LocalDate sixMonths = LocalDate.of(2025, 12, 30);
    assertEquals(
        Set.of(ReviewFlag.LOST_CONTACT_SIX_MONTHS),
        MemberFlags.of(
            new MemberFlags.Facts(
                false, null, true, sixMonths, LONG_AGO, false, false, false, false),
            TODAY));
    assertEquals(
        Set.of(ReviewFlag.LOST_CONTACT, ReviewFlag.MOBILE),
        MemberFlags.of(
            new MemberFlags.Facts(
                true, null, true, sixMonths.plusDays(1), LONG_AGO, false, false, false, false),
            TODAY));
  }

  @Test
  void signsOfLapseOnlyWhereTheRecordIsKeptAndForThoseMembersThroughout() {
    assertEquals(
        Set.of(ReviewFlag.NO_ORGANIZATIONAL_LIFE, ReviewFlag.NO_DUES),
        flags(LONG_AGO, true, false, true, false));
    assertEquals(Set.of(), flags(LONG_AGO, true, true, true, true));
    assertEquals(Set.of(), flags(LONG_AGO, false, false, false, false), "not kept here");
    assertEquals(
        Set.of(), flags(LocalDate.of(2026, 1, 15), true, false, true, false), "admitted since");
    assertEquals(
        Set.of(ReviewFlag.NO_DUES), flags(LocalDate.of(2025, 12, 30), true, true, true, false));
    assertEquals(
        Set.of(ReviewFlag.MOBILE),
        MemberFlags.of(
            new MemberFlags.Facts(true, null, false, null, LONG_AGO, true, false, true, false),
            TODAY),
        "a mobile member's life and dues are in the inflow organization");
  }

  @Test
  void aMemberAwaySixMonthsToTheDayIsToTransferTheRelation() {
    LocalDate sixMonths = LocalDate.of(2025, 12, 30);
    assertEquals(
        Set.of(ReviewFlag.MOBILE_SIX_MONTHS),
        MemberFlags.of(
            new MemberFlags.Facts(
                true, sixMonths, false, null, LONG_AGO, false, false, false, false),
            TODAY));
    assertEquals(
        Set.of(ReviewFlag.MOBILE),
        MemberFlags.of(
            new MemberFlags.Facts(
                true, sixMonths.plusDays(1), false, null, LONG_AGO, false, false, false, false),
            TODAY));
  }
}
