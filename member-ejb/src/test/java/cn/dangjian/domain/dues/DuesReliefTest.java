package cn.dangjian.domain.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reduction or exemption: its span, its amount, and who may decide it. */
class DuesReliefTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

  private static Member member() {
    return Samples.member(
        new Organization("B", "支部", OrgKind.BRANCH, null, LocalDate.of(2000, 1, 1)));
  }

  private static DuesRelief relief(String from, String to, String amount) {
    return new DuesRelief(
        member(),
        YearMonth.parse(from),
        YearMonth.parse(to),
        new BigDecimal(amount),
        "家庭生活困难",
        LocalDate.of(2026, 3, 28),
        TODAY,
        "shuji1",
        NOW);
  }

  private static String field(Runnable r) {
    return assertThrows(ValidationException.class, r::run).violations().get(0).field();
  }

  @Test
  void aSpanIsTwelveMonthsAtMostAndNeverBackwards() {
    relief("2026-01", "2026-12", "0");
    assertEquals("to", field(() -> relief("2026-01", "2027-01", "0")));
    assertEquals("to", field(() -> relief("2026-05", "2026-04", "0")));
    assertEquals("amount", field(() -> relief("2026-01", "2026-02", "-0.01")));
    assertEquals("amount", field(() -> relief("2026-01", "2026-02", "1.005")));
  }

  @Test
  void itCountsOnlyOnceApprovedAndOnlyInsideItsSpan() {
    DuesRelief r = relief("2026-04", "2026-09", "0.50");
    BigDecimal base = new BigDecimal("40.00");
    assertEquals(base, DuesRelief.due(base, List.of(r), YearMonth.of(2026, 5)));
    r.approve("gongsi1", NOW, null);
    assertEquals(new BigDecimal("0.50"), DuesRelief.due(base, List.of(r), YearMonth.of(2026, 4)));
    assertEquals(new BigDecimal("0.50"), DuesRelief.due(base, List.of(r), YearMonth.of(2026, 9)));
    assertEquals(base, DuesRelief.due(base, List.of(r), YearMonth.of(2026, 3)));
    assertEquals(base, DuesRelief.due(base, List.of(r), YearMonth.of(2026, 10)));
    assertNull(DuesRelief.due(null, List.of(), YearMonth.of(2026, 5)), "no base, no relief");
    assertFalse(r.isExemption());
    assertTrue(relief("2026-01", "2026-02", "0").isExemption());
  }

  @Test
  void theOneWhoAskedNeverDecidesAndARefusalSaysWhy() {
    DuesRelief r = relief("2026-04", "2026-09", "0");
    assertThrows(RefusedException.class, () -> r.approve("shuji1", NOW, null));
    assertEquals("note", field(() -> r.refuse("gongsi1", NOW, " ")));
    r.refuse("gongsi1", NOW, "材料不全");
    assertEquals(ReliefStatus.REFUSED, r.getStatus());
    assertThrows(ConflictException.class, () -> r.approve("gongsi1", NOW, null));
    assertFalse(
        r.overlaps(YearMonth.of(2026, 5), YearMonth.of(2026, 6)), "a refusal frees its months");
    DuesRelief asked = relief("2026-04", "2026-09", "0");
    assertTrue(asked.overlaps(YearMonth.of(2026, 9), YearMonth.of(2026, 10)));
    assertFalse(asked.overlaps(YearMonth.of(2026, 10), YearMonth.of(2026, 11)));
  }
}
