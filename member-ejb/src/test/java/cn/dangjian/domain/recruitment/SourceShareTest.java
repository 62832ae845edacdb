package cn.dangjian.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Education;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceShareTest {
  static final SourcePolicy POLICY = new SourcePolicy(); // young <= 35, college and above, 75%

  /** Young up to and including the 35th year on the meeting day; not from the 36th birthday. */
  @ParameterizedTest
  @CsvSource({
    "1990-07-01, 2026-06-30, true",
    "1990-06-30, 2026-06-30, false",
    "1991-06-30, 2026-06-30, true"
  })
  void youngThroughTheAgeLimit(String birth, String meeting, boolean young) {
    Set<Source> s =
        POLICY.sourcesOf(
            false,
            false,
            false,
            Education.HIGH_SCHOOL,
            LocalDate.parse(birth),
            LocalDate.parse(meeting));
    assertEquals(young, s.contains(Source.YOUNG), s.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "POSTGRADUATE, true",
    "UNIVERSITY, true",
    "COLLEGE, true",
    "TECHNICAL_SECONDARY, false",
    "HIGH_SCHOOL, false"
  })
  void highlyEducatedFromCollege(Education e, boolean educated) {
    assertEquals(
        educated,
        POLICY
            .sourcesOf(false, false, false, e, LocalDate.of(1970, 1, 1), LocalDate.of(2026, 1, 1))
            .contains(Source.HIGHLY_EDUCATED));
  }

  @Test
  void thresholdsAreTheGroups() {
    SourcePolicy p = new SourcePolicy();
    p.change(40, Education.UNIVERSITY, 80);
    Set<Source> s =
        p.sourcesOf(
            false,
            true,
            true,
            Education.COLLEGE,
            LocalDate.of(1987, 1, 1),
            LocalDate.of(2026, 6, 30));
    assertEquals(EnumSet.of(Source.TECHNICIAN, Source.TEAM_LEADER, Source.YOUNG), s);
    assertEquals(3, SourcePolicy.check(17, null, 0).size());
    assertEquals(0, SourcePolicy.check(18, Education.COLLEGE, 100).size());
    assertEquals(1, SourcePolicy.check(61, Education.COLLEGE, 100).size());
  }

  static List<Set<Source>> people(int counted, int others) {
    List<Set<Source>> p = new ArrayList<>();
    for (int i = 0; i < counted; i++) {
      p.add(
          i % 2 == 0
              ? EnumSet.of(Source.FRONTLINE, Source.YOUNG)
              : EnumSet.of(Source.HIGHLY_EDUCATED));
    }
    for (int i = 0; i < others; i++) {
      p.add(i % 2 == 0 ? EnumSet.of(Source.TECHNICIAN) : EnumSet.noneOf(Source.class));
    }
    return p;
  }

  /** 3 of 4 is exactly 75%: the goal is met; 74 of 99 (74.7%) is below and shows as 74%. */
  @ParameterizedTest
  @CsvSource({
    "3, 1, 75, false",
    "74, 25, 74, true",
    "75, 25, 75, false",
    "0, 0, 0, false",
    "0, 2, 0, true"
  })
  void theGoalIsComparedExactly(int counted, int others, int percent, boolean below) {
    SourceShare s = SourceShare.of(people(counted, others), 75);
    assertEquals(counted + others, s.newMembers());
    assertEquals(counted, s.counted());
    assertEquals(percent, s.percent());
    assertEquals(below, s.belowGoal());
  }

  @Test
  void eachPersonCountsOnceInTheShareButUnderEverySourceInTheBreakdown() {
    SourceShare s = SourceShare.of(people(2, 2), 75);
    assertEquals(1, s.bySource().get(Source.FRONTLINE));
    assertEquals(1, s.bySource().get(Source.YOUNG));
    assertEquals(1, s.bySource().get(Source.HIGHLY_EDUCATED));
    assertEquals(1, s.bySource().get(Source.TECHNICIAN));
    assertEquals(2, s.counted());
    assertEquals(25, s.percentOf(Source.TECHNICIAN));
    assertTrue(s.belowGoal());
    assertFalse(Source.TECHNICIAN.counted());
  }
}
