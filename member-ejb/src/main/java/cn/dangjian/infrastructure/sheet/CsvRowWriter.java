package cn.dangjian.infrastructure.sheet;

import cn.dangjian.application.shared.sheet.RowWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which Excel needs to show Chinese correctly. A cell
 * that a spreadsheet would run as a formula (=, +, -, @, tab, return first) is neutralized with a
 * leading apostrophe; a long number (a citizen id, a phone number) or one with a leading zero is
 * written as a text formula, so that Excel neither rounds it (1.40211E+17) nor drops the zero.
 */
final class CsvRowWriter implements RowWriter {
  private final Writer out;

  CsvRowWriter(OutputStream stream) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    try {
      out.write('\uFEFF');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(cell(cells.get(i))));
    }
    out.write("\r\n");
  }

  static String cell(String v) {
    if (v.matches("\\d{11,}|0\\d+")) {
      return "=\"" + v + "\"";
    }
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      return "'" + v;
    }
    return v;
  }

  static String quoted(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
