package cn.dangjian.application.member.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.MemberData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2008-07-01", "2008/7/1", "2008.07.01", "2008年7月1日", "20080701"})
  void readsTheDateFormsPeopleType(String text) {
    assertEquals(LocalDate.of(2008, 7, 1), SheetValues.date(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2008-02-30", "07/01/2008", "去年"})
  void refusesWhatIsNotADate(String text) {
    assertEquals(
        "sheet.value.date",
        assertThrows(SheetValues.Unreadable.class, () -> SheetValues.date(text)).key());
  }

  @Test
  void readsYesNoAndChoicesByChineseLabelOrCode() {
    assertTrue(SheetValues.yesNo("是"));
    assertFalse(SheetValues.yesNo("否"));
    assertEquals(
        "sheet.value.yesNo",
        assertThrows(SheetValues.Unreadable.class, () -> SheetValues.yesNo("也许")).key());
    assertEquals(Category.PROBATIONARY, SheetValues.enumValue(Category.class, "预备党员"));
    assertEquals(Category.FULL, SheetValues.enumValue(Category.class, "full"));
    assertThrows(SheetValues.Unreadable.class, () -> SheetValues.enumValue(Category.class, "积极分子"));
  }

  @Test
  void headersAreChineseAndColumnsReadBackWhatTheyWrite() {
    assertEquals("公民身份号码", SheetColumn.CITIZEN_ID.header());
    MemberData d = new MemberData();
    SheetColumn.JOIN_DATE.read(d, "2008-07-01");
    SheetColumn.FRONTLINE.read(d, "是");
    assertEquals(LocalDate.of(2008, 7, 1), d.getJoinDate());
    assertTrue(d.isFrontline());
  }
}
