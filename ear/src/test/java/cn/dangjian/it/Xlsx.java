package cn.dangjian.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An .xlsx as people make it: a header row, then cells typed as Excel keeps them. */
final class Xlsx {
  private Xlsx() {}

  /** Numbers as numeric cells, dates and times as dated cells, anything else as text. */
  static byte[] of(List<String> header, List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      var format = wb.getCreationHelper().createDataFormat();
      var timed = wb.createCellStyle();
      timed.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
      var dated = wb.createCellStyle();
      dated.setDataFormat(format.getFormat("yyyy-mm-dd"));
      var h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int i = 0; i < rows.get(r).size(); i++) {
          Object v = rows.get(r).get(i);
          var cell = row.createCell(i);
          if (v instanceof LocalDateTime at) {
            cell.setCellValue(at);
            cell.setCellStyle(timed);
          } else if (v instanceof LocalDate on) {
            cell.setCellValue(on);
            cell.setCellStyle(dated);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
