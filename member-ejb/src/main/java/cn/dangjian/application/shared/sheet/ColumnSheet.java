package cn.dangjian.application.shared.sheet;

import cn.dangjian.application.shared.Messages;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded .xlsx read by the Chinese headers of its first row: each later row handed over by
 * column, every problem collected with its row and column. Used by the imports that take a short
 * sheet of a fixed shape (messages, dues bases, dues statements).
 */
public final class ColumnSheet {
  private static final Messages CHINESE = Messages.in(Locale.SIMPLIFIED_CHINESE);

  /** A column: the header users type (from the bundle), and whether the sheet must have it. */
  public interface Column {
    String headerKey();

    boolean required();

    default String header() {
      return CHINESE.text(headerKey());
    }
  }

  /** Receives each row: its number as Excel shows it and its cells by column, trimmed. */
  public interface Rows<C> {
    void row(int number, Map<C, String> values, ImportProblems problems);
  }

  private static final class TooManyRows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyRows() {
      super(null, null, false, false);
    }
  }

  private ColumnSheet() {}

  /**
   * Reads the file; null when every row was read without a problem, else the report (nothing is to
   * be written then).
   */
  public static <C extends Enum<C> & Column> ImportReport read(
      SheetFiles sheets, Path file, String fileName, Class<C> columns, int maxRows, Rows<C> rows) {
    ImportProblems problems = new ImportProblems();
    int[] read = {0};
    ImportReport whole =
        read(
            sheets,
            file,
            fileName,
            columns,
            maxRows,
            (number, values, found) -> {
              read[0]++;
              rows.row(number, values, found);
            },
            problems);
    if (whole != null) {
      return whole;
    }
    return problems.count() > 0 ? problems.report(read[0]) : null;
  }

  /**
   * Reads the file, each row's problems into {@code problems} (the caller may add its own, such as
   * checks across rows, before it reports them); a report only when the file as a whole cannot be
   * read (not a workbook, no rows, too many, a header that does not fit), else null.
   */
  public static <C extends Enum<C> & Column> ImportReport read(
      SheetFiles sheets,
      Path file,
      String fileName,
      Class<C> columns,
      int maxRows,
      Rows<C> rows,
      ImportProblems problems) {
    Map<Integer, C> columnAt = new HashMap<>();
    int[] seen = {0, 0}; // header row, rows read
    try {
      sheets.readXlsx(
          file,
          (number, cells) -> {
            if (seen[0] == 0) {
              seen[0] = number;
              header(cells, columns, columnAt, problems, number);
            } else if (seen[1] == maxRows) {
              throw new TooManyRows();
            } else if (!problems.headerBroken()) {
              seen[1]++;
              Map<C, String> values = new HashMap<>();
              columnAt.forEach(
                  (i, c) -> values.put(c, i < cells.size() ? cells.get(i).trim() : ""));
              for (C c : columns.getEnumConstants()) {
                values.putIfAbsent(c, "");
              }
              rows.row(number, values, problems);
            }
          },
          p -> {});
    } catch (SheetFileException e) {
      return ImportReport.fileProblem(e.key(), fileName);
    } catch (TooManyRows e) {
      return ImportReport.fileProblem("sheet.file.tooManyRows", fileName, maxRows);
    }
    if (problems.headerBroken()) {
      return problems.report(0);
    }
    if (seen[0] == 0 || seen[1] == 0) {
      return ImportReport.fileProblem("sheet.file.noRows", fileName);
    }
    return null;
  }

  private static <C extends Enum<C> & Column> void header(
      List<String> cells,
      Class<C> columns,
      Map<Integer, C> columnAt,
      ImportProblems problems,
      int row) {
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i).trim();
      if (h.isEmpty()) {
        continue;
      }
      C found = null;
      for (C c : columns.getEnumConstants()) {
        if (c.header().equals(h)) {
          found = c;
        }
      }
      if (found == null) {
        problems.header(row, h, "sheet.header.unknown", h);
      } else {
        columnAt.put(i, found);
      }
    }
    for (C c : columns.getEnumConstants()) {
      if (c.required() && !columnAt.containsValue(c)) {
        problems.header(row, c.header(), "sheet.header.missing", c.header());
      }
    }
  }

  /** A choice's Chinese label, as a sheet shows it. */
  public static String label(Enum<?> value) {
    return CHINESE.label(value);
  }

  /** The Chinese label (业务知识) or the code (JOB_KNOWLEDGE) of a choice; null when neither. */
  public static <E extends Enum<E>> E choice(Class<E> type, String v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (label(e).equals(v) || e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    return null;
  }
}
