package cn.dangjian.infrastructure.sheet;

import cn.dangjian.application.shared.sheet.RowWriter;
import cn.dangjian.application.shared.sheet.SheetFileException;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.application.shared.sheet.SheetFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/** Spreadsheets with Apache POI (streaming both ways) and CSV. */
@ApplicationScoped
public class PoiSheetFiles implements SheetFiles {

  @Override
  public RowWriter writer(SheetFormat format, OutputStream out, String sheetName) {
    return format == SheetFormat.XLSX ? new XlsxRowWriter(out, sheetName) : new CsvRowWriter(out);
  }

  @Override
  public void readXlsx(Path file, RowHandler handler, IntConsumer percentRead)
      throws SheetFileException {
    XlsxRowReader.read(file, handler, percentRead);
  }
}
