package cn.dangjian.domain.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubtreeFiguresTest {
  private static SubtreeFigures own(long org, long members, String hours, long reached) {
    return new SubtreeFigures(
        org,
        2026,
        new YearFigures(members, new BigDecimal(hours), reached, 1),
        new long[] {1, 2, 3, 4});
  }

  @Test
  void eachOrganizationCountsInItsOwnSubtreeAndInEveryOneAboveIt() {
    // the group (1) with two companies (5, 6), a branch (23) under company 5 and members in each
    Map<Long, SubtreeFigures> all =
        SubtreeFigures.rollUp(
                2026,
                Map.of(
                    "/1/", own(1, 2, "10.0", 1),
                    "/1/5/", own(5, 3, "20.5", 2),
                    "/1/5/23/", own(23, 25, "400.0", 20),
                    "/1/6/", own(6, 4, "8.0", 0)))
            .stream()
            .collect(Collectors.toMap(SubtreeFigures::getOrganizationId, Function.identity()));

    assertEquals(4, all.size());
    YearFigures group = all.get(1L).figures();
    assertEquals(34, group.members());
    assertEquals(new BigDecimal("438.5"), group.hours());
    assertEquals(23, group.reached());
    assertEquals(11, group.shortOf());
    assertEquals(4, group.none());
    assertEquals(16, all.get(1L).quietIn(4));
    YearFigures company = all.get(5L).figures();
    assertEquals(28, company.members());
    assertEquals(new BigDecimal("420.5"), company.hours());
    assertEquals(2, all.get(5L).quietIn(1));
    assertEquals(25, all.get(23L).figures().members());
    assertEquals(3, all.get(23L).quietIn(3));
    assertEquals(4, all.get(6L).figures().members());
  }
}
