package cn.dangjian.application.shared.sheet;

import cn.dangjian.application.shared.sheet.ImportReport.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems an import finds, counted all, listed up to {@link ImportReport#MAX_LISTED}. */
public final class ImportProblems {
  private final List<Problem> listed = new ArrayList<>();
  private long count;
  private boolean headerBroken;

  /** A problem with the header row: the rows cannot be read by it. */
  public void header(int row, String column, String key, Object... args) {
    headerBroken = true;
    add(row, column, key, args);
  }

  public void add(int row, String column, String key, Object... args) {
    count++;
    if (listed.size() < ImportReport.MAX_LISTED) {
      listed.add(new Problem(row, column, key, List.of(args)));
    }
  }

  public boolean headerBroken() {
    return headerBroken;
  }

  public long count() {
    return count;
  }

  /** Nothing imported, the problems by row. */
  public ImportReport report(int rows) {
    listed.sort(Comparator.comparingInt(Problem::row));
    return new ImportReport(rows, 0, count, List.copyOf(listed));
  }
}
