package cn.dangjian.infrastructure.sheet;

import cn.dangjian.application.shared.sheet.SheetFileException;
import cn.dangjian.application.shared.sheet.SheetFiles.RowHandler;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx as text rows, streaming (SAX), so that 100,000 rows never sit
 * in memory as a workbook. Date cells come out as yyyy-MM-dd whatever their display format.
 */
final class XlsxRowReader {

  private XlsxRowReader() {}

  /**
   * Reads {@code file} (a file, not a stream: POI then reads the zip in place instead of holding it
   * in memory); {@code percentRead} hears how much of the sheet has been parsed.
   */
  static void read(Path file, RowHandler handler, IntConsumer percentRead)
      throws SheetFileException {
    if (file.toFile().length() == 0) {
      throw new SheetFileException("sheet.file.empty", null);
    }
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new SheetFileException("sheet.file.empty", null);
      }
      InputStream raw = sheets.next();
      long size = Math.max(1, sheets.getSheetPart().getSize());
      try (InputStream sheet =
          new CountingStream(new BufferedInputStream(raw), size, percentRead)) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                strings,
                new Collector(handler),
                new IsoDateFormatter(),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (EmptyFileException e) {
      throw new SheetFileException("sheet.file.empty", e);
    } catch (UnsupportedFileFormatException | InvalidFormatException e) {
      throw new SheetFileException("sheet.file.notXlsx", e);
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | IOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new SheetFileException("sheet.file.unreadable", e);
    }
  }

  /** Reports the share of the sheet's bytes consumed, whole percents only. */
  private static final class CountingStream extends FilterInputStream {
    private final long size;
    private final IntConsumer percent;
    private long read;
    private int reported = -1;

    CountingStream(InputStream in, long size, IntConsumer percent) {
      super(in);
      this.size = size;
      this.percent = percent;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(int n) {
      read += n;
      int p = (int) Math.min(100, read * 100 / size);
      if (p != reported) {
        reported = p;
        percent.accept(p);
      }
    }
  }

  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();
    private int row;

    Collector(RowHandler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      row = rowNum + 1;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        handler.row(row, List.copyOf(cells));
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = new CellReference(ref).getCol();
      while (cells.size() < col) {
        cells.add("");
      }
      cells.add(value == null ? "" : value.trim());
    }
  }

  /**
   * Dates as ISO text instead of the cell's display format (3/15/85 is ambiguous); a date with a
   * time of day as "2026-07-01 08:00".
   */
  private static final class IsoDateFormatter extends DataFormatter {
    IsoDateFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        java.time.LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing);
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? at.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
            : at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
