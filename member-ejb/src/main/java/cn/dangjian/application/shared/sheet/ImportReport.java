package cn.dangjian.application.shared.sheet;

import cn.dangjian.application.shared.Messages;
import java.io.Serializable;
import java.util.List;

/**
 * What an import did: either every row was written ({@code imported}), or nothing was and {@code
 * problems} says why: a file-level problem (not a spreadsheet, no header...) or each bad cell with
 * its row number as Excel shows it, the column header and the reason.
 */
public record ImportReport(int rows, int imported, long problemCount, List<Problem> problems)
    implements Serializable {
  /** How many problems a report lists; the count covers all. */
  public static final int MAX_LISTED = 1000;

  /** {@code row} 0 and an empty column for a problem with the whole file. */
  public record Problem(int row, String column, String key, List<Object> args)
      implements Serializable {}

  /** A problem as the user reads it. */
  public record Line(int row, String column, String message) implements Serializable {}

  public List<Line> lines(Messages messages) {
    return problems.stream()
        .map(p -> new Line(p.row(), p.column(), messages.text(p.key(), p.args().toArray())))
        .toList();
  }

  public boolean succeeded() {
    return problemCount == 0;
  }

  public static ImportReport fileProblem(String key, Object... args) {
    return new ImportReport(0, 0, 1, List.of(new Problem(0, "", key, List.of(args))));
  }
}
