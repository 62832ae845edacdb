package cn.dangjian.application.member.internal;

import cn.dangjian.application.member.sheet.SheetValues;
import cn.dangjian.application.shared.sheet.ColumnSheet;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.shared.Violation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Members' histories kept on paper, as an organization department's sheet has them (公民身份号码, 姓名, 类别,
 * 开始日期, 结束日期, 名称, 类型, 说明): each row read and checked as a history line.
 */
final class HistorySheet {
  /** The largest sheet taken: a group's whole paper histories, several lines a member. */
  static final int MAX_ROWS = 500_000;

  enum Column implements ColumnSheet.Column {
    CITIZEN_ID("citizenId", true),
    NAME("name", true),
    KIND("kind", true),
    START("startDate", true),
    END("endDate", false),
    TITLE("title", true),
    SUBTYPE("subtype", false),
    DETAIL("detail", false);

    final String field;
    final boolean required;

    Column(String field, boolean required) {
      this.field = field;
      this.required = required;
    }

    @Override
    public String headerKey() {
      return "history.sheet." + field;
    }

    @Override
    public boolean required() {
      return required;
    }

    static Column of(String field) {
      for (Column c : values()) {
        if (c.field.equals(field)) {
          return c;
        }
      }
      return TITLE;
    }
  }

  record Row(
      int row,
      String citizenId,
      String name,
      HistoryKind kind,
      LocalDate start,
      LocalDate end,
      String title,
      String subtype,
      String detail) {}

  record Read(List<Row> rows, int unread, ImportReport problems) {}

  private HistorySheet() {}

  static Read read(SheetFiles sheets, Path file, String fileName, ImportProblems problems) {
    List<Row> rows = new ArrayList<>();
    int[] unread = {0};
    ImportReport whole =
        ColumnSheet.read(
            sheets,
            file,
            fileName,
            Column.class,
            MAX_ROWS,
            (number, v, found) -> {
              long before = found.count();
              String id = CitizenId.normalize(v.get(Column.CITIZEN_ID));
              CitizenId.problem(id)
                  .ifPresent(
                      p ->
                          found.add(
                              number, Column.CITIZEN_ID.header(), p, v.get(Column.CITIZEN_ID)));
              if (v.get(Column.NAME).isEmpty()) {
                found.add(number, Column.NAME.header(), "member.name.required");
              }
              HistoryKind kind = ColumnSheet.choice(HistoryKind.class, v.get(Column.KIND));
              LocalDate start = date(number, v, Column.START, found);
              LocalDate end = date(number, v, Column.END, found);
              String title = v.get(Column.TITLE);
              String subtype = blankToNull(v.get(Column.SUBTYPE));
              String detail = blankToNull(v.get(Column.DETAIL));
              boolean datesRead = found.count() == before;
              for (Violation p : HistoryEntry.problems(kind, start, end, title, subtype, detail)) {
                if (datesRead || !p.field().endsWith("Date")) {
                  found.add(number, Column.of(p.field()).header(), p.key(), p.args().toArray());
                }
              }
              if (found.count() == before) {
                rows.add(
                    new Row(
                        number,
                        id,
                        v.get(Column.NAME),
                        kind,
                        start,
                        end,
                        title.strip(),
                        subtype,
                        detail));
              } else {
                unread[0]++;
              }
            },
            problems);
    return new Read(whole == null ? rows : List.of(), unread[0], whole);
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static LocalDate date(int number, Map<Column, String> v, Column c, ImportProblems found) {
    if (v.get(c).isEmpty()) {
      return null;
    }
    try {
      return SheetValues.date(v.get(c));
    } catch (SheetValues.Unreadable e) {
      found.add(number, c.header(), e.key(), v.get(c));
      return null;
    }
  }
}
