package cn.dangjian.application.shared.sheet;

import java.io.IOException;
import java.util.List;

/** Writes rows of text to a download, streaming. */
public interface RowWriter extends AutoCloseable {
  void row(List<String> cells) throws IOException;

  @Override
  void close() throws IOException;
}
