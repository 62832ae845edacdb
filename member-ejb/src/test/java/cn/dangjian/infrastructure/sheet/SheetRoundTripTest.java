package cn.dangjian.infrastructure.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.application.shared.sheet.RowWriter;
import cn.dangjian.application.shared.sheet.SheetFileException;
import cn.dangjian.application.shared.sheet.SheetFormat;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetRoundTripTest {
  private static final PoiSheetFiles FILES = new PoiSheetFiles();
  @TempDir Path dir;

  @Test
  void rowsWrittenAsXlsxReadBackTheSameSkippingBlankRows() throws Exception {
    Path file = dir.resolve("roster.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        RowWriter w = FILES.writer(SheetFormat.XLSX, out, "roster")) {
      w.row(List.of("姓名", "入党日期"));
      w.row(List.of("王建国", "2008-07-01"));
      w.row(List.of("", ""));
      w.row(List.of("李红", ""));
    }
    List<String> seen = new ArrayList<>();
    XlsxRowReader.read(file, (n, cells) -> seen.add(n + ":" + String.join("|", cells)), p -> {});
    assertEquals(List.of("1:姓名|入党日期", "2:王建国|2008-07-01", "4:李红|"), seen);
  }

  @Test
  void dateCellsComeOutAsIsoWhateverTheirDisplayFormat() throws Exception {
    Path file = dir.resolve("dates.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle us = wb.createCellStyle();
      us.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
      var cell = wb.createSheet().createRow(0).createCell(0);
      cell.setCellValue(LocalDate.of(1985, 3, 15));
      cell.setCellStyle(us);
      wb.write(out);
    }
    List<String> seen = new ArrayList<>();
    XlsxRowReader.read(file, (n, cells) -> seen.addAll(cells), p -> {});
    assertEquals(List.of("1985-03-15"), seen);
  }

  @Test
  void emptyFilesAndNonSpreadsheetsAreNamedAsSuch() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.xlsx"));
    assertEquals(
        "sheet.file.empty",
        assertThrows(
                SheetFileException.class, () -> XlsxRowReader.read(empty, (n, c) -> {}, p -> {}))
            .key());
    Path text = Files.writeString(dir.resolve("notes.xlsx"), "姓名,性别\n王建国,男\n");
    assertEquals(
        "sheet.file.notXlsx",
        assertThrows(
                SheetFileException.class, () -> XlsxRowReader.read(text, (n, c) -> {}, p -> {}))
            .key());
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndStartsWithAByteOrderMark() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowWriter w = FILES.writer(SheetFormat.CSV, out, null)) {
      w.row(List.of("王建国", "大同市,平城区", "说\"好\""));
    }
    assertEquals("\uFEFF王建国,\"大同市,平城区\",\"说\"\"好\"\"\"\r\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void csvNeutralizesFormulasAndKeepsLongNumbersAsText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowWriter w = FILES.writer(SheetFormat.CSV, out, null)) {
      w.row(
          List.of(
              "=HYPERLINK(\"http://x\")",
              "+1",
              "-2",
              "@SUM(A1)",
              "140202198503151234",
              "13912345678",
              "0351123456",
              "0351-1234567",
              "2026-06-30",
              "12"));
    }
    assertEquals(
        "\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),\"=\"\"140202198503151234\"\"\","
            + "\"=\"\"13912345678\"\"\",\"=\"\"0351123456\"\"\",0351-1234567,2026-06-30,12\r\n",
        out.toString(StandardCharsets.UTF_8));
  }
}
