package cn.dangjian.application.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.dangjian.domain.dues.DuesKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Months, kinds and amounts as people type them in a payroll or a bank statement. */
class DuesSheetsTest {
  @Test
  void monthsInTheUsualForms() {
    YearMonth june = YearMonth.of(2026, 6);
    assertEquals(june, DuesSheets.month("2026-06"));
    assertEquals(june, DuesSheets.month("2026/6"));
    assertEquals(june, DuesSheets.month("2026年6月"));
    assertEquals(june, DuesSheets.month("2026-06-01"), "a cell formatted as a date");
    assertNull(DuesSheets.month("2026-13"));
    assertNull(DuesSheets.month("六月"));
  }

  @Test
  void kindsByLabelTheirFirstWordsOrCode() {
    assertEquals(DuesKind.SALARY, DuesSheets.kind("在职"));
    assertEquals(DuesKind.PENSION, DuesSheets.kind("离退休（按退休费）"));
    assertEquals(DuesKind.FIXED, DuesSheets.kind("学生、失业、领取救济"));
    assertEquals(DuesKind.FIXED, DuesSheets.kind("fixed"));
    assertNull(DuesSheets.kind("临时工"));
  }

  @Test
  void amountsAsTypedOrAsExcelWritesThem() {
    assertEquals(new BigDecimal("4321.50"), DuesSheets.money("4,321.50"));
    assertEquals(new BigDecimal("40"), DuesSheets.money("40元"));
    assertNull(DuesSheets.money("四十"));
  }
}
