package cn.dangjian.domain.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Instant AT = Instant.parse("2026-06-30T02:00:00Z");

  private final Ids ids = new Ids(7000);
  private final Samples.Tree tree = Samples.tree(ids);
  private final Member helper = ids.assign(Samples.member(tree.branch()));
  private final Member helped = ids.assign(Samples.member(tree.branch()));

  private static List<String> fields(ValidationException e) {
    return e.violations().stream().map(v -> v.field()).toList();
  }

  @Test
  void aNeedStartsNotAfterTodayAndEndsOnceBetweenItsStartAndToday() {
    ValidationException ahead =
        assertThrows(
            ValidationException.class,
            () -> new CareNeed(1L, NeedKind.ILL, TODAY.plusDays(1), null, TODAY, "shuji1", AT));
    assertEquals(List.of("since"), fields(ahead));
    assertEquals(
        List.of("kind", "note"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> new CareNeed(1L, null, TODAY, "说".repeat(201), TODAY, "shuji1", AT))));
    CareNeed need =
        new CareNeed(1L, NeedKind.LIFE_HARDSHIP, TODAY.minusMonths(3), " 家属重病 ", TODAY, "s", AT);
    assertEquals("家属重病", need.getNote());
    assertThrows(ValidationException.class, () -> need.end(TODAY.minusMonths(4), TODAY));
    need.end(TODAY, TODAY);
    assertFalse(need.isOpen());
    assertThrows(ValidationException.class, () -> need.end(TODAY, TODAY), "once");
    assertTrue(NeedKind.SKILLS_HARDSHIP.isHardship());
    assertFalse(NeedKind.LIVING_ALONE.isHardship());
  }

  @Test
  void aPairIsTwoPeopleInAHardshipAndItsHelpFallsInItsTime() {
    assertEquals(
        List.of("helperId", "area"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> new HelpPair(helper, helper, NeedKind.ILL, TODAY, TODAY, "s", AT))));
    HelpPair pair =
        new HelpPair(helper, helped, NeedKind.WORK_HARDSHIP, TODAY.minusDays(10), TODAY, "s", AT);
    ValidationException early =
        assertThrows(
            ValidationException.class,
            () -> pair.record(TODAY.minusDays(11), HelpKind.TALK, "谈心", "王建国", TODAY));
    assertEquals(List.of("on"), fields(early));
    assertEquals(
        List.of("kind", "what"),
        fields(
            assertThrows(
                ValidationException.class, () -> pair.record(TODAY, null, " ", "王建国", TODAY))));
    pair.record(TODAY, HelpKind.SKILLS, "传授液压支架检修", "王建国", TODAY);
    pair.record(TODAY.minusDays(3), HelpKind.VISIT, "上门走访", "王建国", TODAY);
    assertEquals(2, pair.getHelp().size());
    assertThrows(ValidationException.class, () -> pair.end(TODAY, " ", TODAY), "a reason");
    pair.end(TODAY, "困难已解决", TODAY);
    assertFalse(pair.isOpen());
    assertThrows(
        DomainException.class,
        () -> pair.record(TODAY, HelpKind.TALK, "谈心", "王建国", TODAY),
        "an ended pair takes no more help");
  }

  @Test
  void aPointServesThePlacesItNamesAndAPlaceHasANameWithinItsLengths() {
    ServiceStation station =
        new ServiceStation(tree.committee(), new Place("东山矿党员服务站", null, null, null), "s", AT);
    ServicePoint point =
        new ServicePoint(
            station, new Place("新城服务点", "新城区幸福路1号", "李红", "13800000000"), " 新城区，幸福小区、 ");
    assertEquals(List.of("新城区", "幸福小区"), point.served());
    assertTrue(point.serves("东山市新城区幸福路8号"));
    assertTrue(point.serves("幸福小区3号楼"));
    assertFalse(point.serves("东山市老城区"));
    assertFalse(point.serves(null));
    assertEquals(tree.committee().getPath(), point.getOrgPath());
    assertEquals(
        List.of("places"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> new ServicePoint(station, new Place("空", null, null, null), " 、 "))));
    assertEquals(
        List.of("name", "phone"),
        fields(
            assertThrows(
                ValidationException.class, () -> new Place(" ", null, null, "1".repeat(21)))));
  }
}
