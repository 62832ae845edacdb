package cn.dangjian.application.shared.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An uploaded spreadsheet kept in a temporary file while it is read, and removed after. */
public final class Upload {
  /** Reads the file. */
  public interface Reader<T> {
    T read(Path file, String fileName) throws IOException;
  }

  private Upload() {}

  public static <T> T read(InputStream upload, String fileName, Reader<T> reader)
      throws IOException {
    String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName.strip();
    Path temp = Files.createTempFile("dangjian-upload-", ".xlsx");
    try {
      Files.copy(upload, temp, StandardCopyOption.REPLACE_EXISTING);
      return reader.read(temp, name);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
