package cn.dangjian.domain.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Months paid on paper before going live: recorded as the books say, still only owed months. */
class DuesPaymentTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

  private final Ids ids = new Ids(7000);
  private final Member member = ids.assign(Samples.member(Samples.tree(ids).branch()));

  private static List<String> keys(ValidationException e) {
    return e.violations().stream().map(Violation::key).toList();
  }

  @Test
  void aMonthYearsAgoIsRecordedWithTheAmountTheBooksSay() {
    DuesPayment p =
        DuesPayment.fromPaper(
            member,
            YearMonth.of(2019, 3),
            new BigDecimal("25.50"),
            PayMethod.CASH,
            LocalDate.of(2019, 12, 20),
            TODAY,
            "shuji1",
            NOW);
    assertEquals(new BigDecimal("25.50"), p.getAmount());
    assertEquals(YearMonth.of(2019, 3), p.getMonth());
    assertThrows(
        ValidationException.class,
        () ->
            new DuesPayment(
                member,
                YearMonth.of(2019, 3),
                new BigDecimal("25.50"),
                PayMethod.CASH,
                LocalDate.of(2019, 12, 20),
                TODAY,
                "shuji1",
                NOW),
        "recorded today, nine months late is refused: only the paper books are taken as they are");
  }

  @Test
  void theBooksStillNameAnOwedMonthPaidInThePastHowAndForHowMuch() {
    ValidationException ahead =
        assertThrows(
            ValidationException.class,
            () ->
                DuesPayment.fromPaper(
                    member,
                    YearMonth.of(2026, 7),
                    new BigDecimal("0.001"),
                    null,
                    TODAY.plusDays(1),
                    TODAY,
                    "shuji1",
                    NOW));
    assertEquals(
        List.of(
            "dues.history.future",
            "dues.sheet.amountInvalid",
            "dues.method.required",
            "dues.paidOn.invalid"),
        keys(ahead));
    ValidationException before =
        assertThrows(
            ValidationException.class,
            () ->
                DuesPayment.fromPaper(
                    member,
                    YearMonth.of(2008, 6),
                    BigDecimal.ONE,
                    PayMethod.TRANSFER,
                    LocalDate.of(2008, 6, 30),
                    TODAY,
                    "shuji1",
                    NOW));
    assertEquals(List.of("dues.month.notOwed"), keys(before), "admitted in July 2008");
  }
}
