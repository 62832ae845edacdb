package cn.dangjian.infrastructure.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes rows of text to a download, streaming. */
public interface RowWriter extends AutoCloseable {
  void row(List<String> cells) throws IOException;

  @Override
  void close() throws IOException;

  static RowWriter xlsx(OutputStream out, String sheetName) {
    return new XlsxRowWriter(out, sheetName);
  }

  static RowWriter csv(OutputStream out) {
    return new CsvRowWriter(out);
  }
}
