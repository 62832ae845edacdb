package cn.dangjian.application.dues.internal;

import cn.dangjian.application.member.sheet.SheetValues;
import cn.dangjian.application.shared.sheet.ColumnSheet;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.domain.dues.DuesBase;
import cn.dangjian.domain.dues.DuesKind;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.member.CitizenId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two dues sheets an organization department keeps: the payroll's bases for a year, and a bank
 * or payroll statement of dues paid. Each row read as typed in Excel, every cell checked.
 */
@ApplicationScoped
class DuesSheets {
  /** Rows one file may hold: a company's members, and some. */
  static final int MAX_ROWS = 20_000;

  /**
   * 2026-06, 2026/6, 2026.6 and 2026年6月; a full date (a cell formatted as a date) gives its month.
   */
  private static final Pattern MONTH =
      Pattern.compile("(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*\u6708?");

  enum BaseColumn implements ColumnSheet.Column {
    CITIZEN_ID("citizenId", true),
    NAME("name", true),
    KIND("kind", true),
    BASE("base", false);

    final String field;
    final boolean required;

    BaseColumn(String field, boolean required) {
      this.field = field;
      this.required = required;
    }

    @Override
    public String headerKey() {
      return "dues.sheet." + field;
    }

    @Override
    public boolean required() {
      return required;
    }
  }

  /** A statement's columns; the paper books' also say how each month was paid. */
  enum PaidColumn implements ColumnSheet.Column {
    CITIZEN_ID("citizenId", true),
    NAME("name", true),
    MONTH("month", true),
    AMOUNT("amount", true),
    PAID_ON("paidOn", true),
    PAY_METHOD("payMethod", false);

    final String field;
    final boolean required;

    PaidColumn(String field, boolean required) {
      this.field = field;
      this.required = required;
    }

    @Override
    public String headerKey() {
      return "dues.sheet." + field;
    }

    @Override
    public boolean required() {
      return required;
    }
  }

  /** A payroll row: whose base, as typed. */
  record BaseRow(int row, String citizenId, String name, DuesKind kind, BigDecimal base) {}

  /** A statement row: who paid which month, how much, when (and how, from the paper books). */
  record PaidRow(
      int row,
      String citizenId,
      String name,
      YearMonth month,
      BigDecimal amount,
      LocalDate paidOn,
      PayMethod method) {}

  /**
   * What a sheet gave: the rows read whole, with each problem of the others in the caller's {@link
   * ImportProblems}; or, when the file as a whole could not be read, its report.
   */
  record Read<R>(List<R> rows, int unread, ImportReport problems) {}

  @Inject SheetFiles sheets;

  Read<BaseRow> bases(Path file, String fileName, ImportProblems problems) {
    List<BaseRow> rows = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    int[] unread = {0};
    ImportReport whole =
        ColumnSheet.read(
            sheets,
            file,
            fileName,
            BaseColumn.class,
            MAX_ROWS,
            (number, v, found) -> {
              long before = found.count();
              String id =
                  citizenId(number, v.get(BaseColumn.CITIZEN_ID), BaseColumn.CITIZEN_ID, found);
              Integer first = id == null ? null : firstRow.putIfAbsent(id, number);
              if (first != null) {
                found.add(
                    number, BaseColumn.CITIZEN_ID.header(), "sheet.citizenId.repeated", first);
              }
              String name = name(number, v.get(BaseColumn.NAME), BaseColumn.NAME, found);
              DuesKind kind = kind(v.get(BaseColumn.KIND));
              if (kind == null) {
                found.add(
                    number, BaseColumn.KIND.header(), "sheet.value.choice", v.get(BaseColumn.KIND));
              }
              String typed = v.get(BaseColumn.BASE);
              BigDecimal base = typed.isEmpty() ? null : money(typed);
              if ((typed.isEmpty() ? kind != null && kind != DuesKind.FIXED : base == null)
                  || kind != null && base != null && !DuesBase.valid(kind, base)) {
                found.add(number, BaseColumn.BASE.header(), "dues.base.invalid");
              }
              if (found.count() == before) {
                rows.add(new BaseRow(number, id, name, kind, base));
              } else {
                unread[0]++;
              }
            },
            problems);
    return new Read<>(whole == null ? rows : List.of(), unread[0], whole);
  }

  /**
   * The rows of a bank or payroll statement, or with {@code methodRequired} of a branch's paper
   * books, where each row says how the month was paid.
   */
  Read<PaidRow> paid(Path file, String fileName, boolean methodRequired, ImportProblems problems) {
    List<PaidRow> rows = new ArrayList<>();
    int[] unread = {0};
    ImportReport whole =
        ColumnSheet.read(
            sheets,
            file,
            fileName,
            PaidColumn.class,
            MAX_ROWS,
            (number, v, found) -> {
              long before = found.count();
              String id =
                  citizenId(number, v.get(PaidColumn.CITIZEN_ID), PaidColumn.CITIZEN_ID, found);
              String name = name(number, v.get(PaidColumn.NAME), PaidColumn.NAME, found);
              YearMonth month = month(v.get(PaidColumn.MONTH));
              if (month == null) {
                found.add(
                    number, PaidColumn.MONTH.header(), "error.month", v.get(PaidColumn.MONTH));
              }
              BigDecimal amount = money(v.get(PaidColumn.AMOUNT));
              if (amount == null || amount.signum() <= 0) {
                found.add(
                    number,
                    PaidColumn.AMOUNT.header(),
                    "dues.sheet.amountInvalid",
                    v.get(PaidColumn.AMOUNT));
              }
              LocalDate paidOn = null;
              try {
                paidOn = SheetValues.date(v.get(PaidColumn.PAID_ON));
              } catch (SheetValues.Unreadable e) {
                found.add(number, PaidColumn.PAID_ON.header(), e.key(), v.get(PaidColumn.PAID_ON));
              }
              String typed = v.get(PaidColumn.PAY_METHOD);
              PayMethod method = ColumnSheet.choice(PayMethod.class, typed);
              if (method == null && !typed.isEmpty()) {
                found.add(number, PaidColumn.PAY_METHOD.header(), "sheet.value.choice", typed);
              } else if (method == null && methodRequired) {
                found.add(number, PaidColumn.PAY_METHOD.header(), "dues.sheet.payMethodRequired");
              }
              if (found.count() == before) {
                rows.add(new PaidRow(number, id, name, month, amount, paidOn, method));
              } else {
                unread[0]++;
              }
            },
            problems);
    return new Read<>(whole == null ? rows : List.of(), unread[0], whole);
  }

  private static String citizenId(int row, String v, ColumnSheet.Column c, ImportProblems found) {
    String id = CitizenId.normalize(v);
    var problem = CitizenId.problem(id);
    if (problem.isPresent()) {
      found.add(row, c.header(), problem.get(), v);
      return null;
    }
    return id;
  }

  private static String name(int row, String v, ColumnSheet.Column c, ImportProblems found) {
    if (v.isEmpty()) {
      found.add(row, c.header(), "member.name.required");
    }
    return v;
  }

  /** The label (在职（按工资）), its words before the bracket (在职), or the code (SALARY). */
  static DuesKind kind(String v) {
    DuesKind k = ColumnSheet.choice(DuesKind.class, v);
    if (k != null || v.isEmpty()) {
      return k;
    }
    for (DuesKind each : DuesKind.values()) {
      String label = ColumnSheet.label(each);
      int cut = label.indexOf('\uff08');
      if (cut > 0 && label.substring(0, cut).equals(v)) {
        return each;
      }
    }
    return null;
  }

  /** Yuan as typed or as Excel writes a number (4321.5, 4,321.50); null when not a number. */
  static BigDecimal money(String v) {
    try {
      return new BigDecimal(v.replace(",", "").replace("\u5143", "").strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static YearMonth month(String v) {
    Matcher m = MONTH.matcher(v);
    if (!m.lookingAt()) {
      return null;
    }
    try {
      return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
