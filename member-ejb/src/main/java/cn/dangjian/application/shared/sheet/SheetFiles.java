package cn.dangjian.application.shared.sheet;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Spreadsheet files as rows of text: the port the member sheet service reads and writes through.
 */
public interface SheetFiles {

  /** Receives each non-empty row: its number as Excel shows it, and its cells as text. */
  interface RowHandler {
    void row(int rowNumber, List<String> cells);
  }

  RowWriter writer(SheetFormat format, OutputStream out, String sheetName);

  /** Reads the first sheet of an .xlsx file; {@code percentRead} hears how much has been parsed. */
  void readXlsx(Path file, RowHandler handler, IntConsumer percentRead) throws SheetFileException;
}
