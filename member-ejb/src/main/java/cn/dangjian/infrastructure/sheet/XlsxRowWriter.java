package cn.dangjian.infrastructure.sheet;

import cn.dangjian.application.shared.sheet.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** An .xlsx written through a 100-row window, so exporting 100,000 members needs little memory. */
final class XlsxRowWriter implements RowWriter {
  private static final int WINDOW = 100;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final Sheet sheet;
  private int next;

  XlsxRowWriter(OutputStream out, String sheetName) {
    this.out = out;
    this.sheet = workbook.createSheet(sheetName);
  }

  @Override
  public void row(List<String> cells) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(cells.get(i));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
