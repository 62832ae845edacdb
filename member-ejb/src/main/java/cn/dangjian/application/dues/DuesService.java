package cn.dangjian.application.dues;

import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.dues.ReliefStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * 党费: each member's base for a year and the monthly dues it gives (RULES.md's tiers), each month's
 * payment, reductions and exemptions, a branch's month (what each member owes, what was paid, who
 * is behind) and a committee's month by organization; bases from a payroll sheet, payments from a
 * bank or payroll statement checked against what is due.
 */
public interface DuesService {
  /** The largest payroll or statement file taken. */
  long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** Sets the member's base for the year (again: the dues of the months not yet paid follow). */
  DuesBaseView setBase(DuesBaseData data);

  /** Records a month's dues as paid: the month's dues by the base of its year, or its relief. */
  DuesMonth.Row pay(PaymentData data);

  /** The organization's own members in the month, with the totals to the fen. */
  DuesMonth month(Long organizationId, YearMonth month);

  /** The month for the organization's subtree, by organization below it. */
  DuesSummary summary(Long organizationId, YearMonth month);

  /** The branch's decision to reduce or exempt, waiting for the next level. */
  ReliefView requestRelief(ReliefData data);

  /** The next level approves (never the one who asked). */
  ReliefView approveRelief(Long reliefId, String note);

  /** The next level refuses, saying why. */
  ReliefView refuseRelief(Long reliefId, String note);

  /** The reliefs of the organization's subtree in that status, oldest first. */
  List<ReliefView> reliefs(Long organizationId, ReliefStatus status);

  /**
   * The year's bases of members of the organization's subtree from a payroll .xlsx (公民身份号码, 姓名,
   * 计算方式, 基数): all rows set, or none and each problem with its row and column.
   */
  ImportReport importBases(Long organizationId, int year, InputStream upload, String fileName)
      throws IOException;

  /**
   * Going live: the months paid before, from the organization's paper books (.xlsx: 公民身份号码, 姓名, 月份,
   * 金额, 交纳日期, 交纳方式) for members of its subtree; all rows recorded, or none and each problem with
   * its row and column (a month already recorded, one twice in the file, not owed).
   */
  ImportReport importPaidHistory(Long organizationId, InputStream upload, String fileName)
      throws IOException;

  /**
   * A bank or payroll statement (.xlsx: 公民身份号码, 姓名, 月份, 金额, 交纳日期) checked against the dues of the
   * organization's subtree; the matching rows recorded as paid by {@code method}, unless {@code
   * preview}.
   */
  Reconciliation importStatement(
      Long organizationId, PayMethod method, boolean preview, InputStream upload, String fileName)
      throws IOException;
}
