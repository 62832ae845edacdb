package cn.dangjian.domain.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitTest {
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
  private static final LocalDate SPRING_FESTIVAL = LocalDate.of(2027, 2, 6);

  private final Samples.Tree tree = Samples.tree(new Ids(9500));

  private VisitCampaign campaign() {
    return new VisitCampaign(
        tree.committee(),
        null,
        Holiday.SPRING_FESTIVAL,
        SPRING_FESTIVAL,
        EnumSet.of(VisitReason.HARDSHIP, VisitReason.ELDERLY),
        "春节",
        "gongsi1",
        TODAY);
  }

  private static List<String> fields(ValidationException e) {
    return e.violations().stream().map(Violation::field).toList();
  }

  @Test
  void aCampaignHasItsHolidayAheadAndRulesToVisitBy() {
    VisitCampaign c = campaign();
    assertEquals("春节", c.getName(), "the holiday's name when none is given");
    assertEquals(EnumSet.of(VisitReason.HARDSHIP, VisitReason.ELDERLY), c.rules());
    assertEquals(
        List.of("name", "holidayOn", "rules"),
        fields(
            assertThrows(
                ValidationException.class,
                () ->
                    new VisitCampaign(
                        tree.committee(),
                        " ",
                        Holiday.OTHER,
                        TODAY.minusDays(1),
                        EnumSet.of(VisitReason.PICKED),
                        null,
                        "gongsi1",
                        TODAY))));
  }

  @Test
  void aVisitIsRecordedInTheCampaignsTimeWithWhatWasFound() {
    CareVisit v =
        new CareVisit(campaign(), 1L, "张三", "综采一队党支部", "/1/3/6/", Set.of(VisitReason.ELDERLY));
    assertFalse(v.isVisited());
    assertEquals(
        List.of("on", "found"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> v.record(TODAY.plusDays(1), " ", null, null, "dangyuan1", TODAY))));
    assertThrows(
        ValidationException.class,
        () -> v.record(TODAY.minusDays(1), "身体尚好", null, null, "dangyuan1", TODAY),
        "not before the campaign");
    v.record(TODAY, " 身体尚好 ", " ", "复查血压", "dangyuan1", TODAY);
    assertTrue(v.isVisited());
    assertEquals("身体尚好", v.getFound());
    assertEquals(null, v.getGiven());
    assertEquals(
        Set.of(VisitReason.ELDERLY, VisitReason.PICKED),
        VisitReason.parse(VisitReason.join(Set.of(VisitReason.PICKED, VisitReason.ELDERLY))));
  }
}
