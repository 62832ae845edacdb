package cn.dangjian.application.dues;

import java.time.YearMonth;

/**
 * 党费: each member's base for a year and the monthly dues it gives (RULES.md's tiers), each month's
 * payment, and a branch's month: what each member owes, what was paid, who is behind.
 */
public interface DuesService {
  /** Sets the member's base for the year (again: the dues of the months not yet paid follow). */
  DuesBaseView setBase(DuesBaseData data);

  /** Records a month's dues as paid: the month's dues by the base of its year. */
  DuesMonth.Row pay(PaymentData data);

  /** The organization's own members in the month, with the totals to the fen. */
  DuesMonth month(Long organizationId, YearMonth month);
}
