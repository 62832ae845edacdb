package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.sheet.ImportReport;
import cn.dangjian.application.member.sheet.MemberSheetService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntConsumer;

/** Uploads go to a temporary file first: the importer reads the workbook in place, not from memory. */
public final class SpooledUpload {
  private SpooledUpload() {}

  public static ImportReport importXlsx(MemberSheetService sheets, InputStream upload, String fileName,
      IntConsumer progress) throws IOException {
    Path temp = Files.createTempFile("dangjian-import-", ".xlsx");
    try {
      Files.copy(upload, temp, StandardCopyOption.REPLACE_EXISTING);
      return sheets.importXlsx(temp, fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName, progress);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
