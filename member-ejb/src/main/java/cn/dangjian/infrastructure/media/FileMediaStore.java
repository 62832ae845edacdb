package cn.dangjian.infrastructure.media;

import cn.dangjian.application.document.MediaStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Videos as files in {@code dangjian.mediaDir} (server.xml; a shared mount when several servers
 * run), written to a temporary name first so that no reader sees half a file.
 */
@ApplicationScoped
public class FileMediaStore implements MediaStore {
  static final String VARIABLE = "dangjian.mediaDir";

  private Path dir() {
    String configured =
        ConfigProvider.getConfig()
            .getOptionalValue(VARIABLE, String.class)
            .orElse(System.getProperty("java.io.tmpdir") + "/dangjian-media");
    Path dir = Path.of(configured);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String write(InputStream in) throws IOException {
    Path dir = dir();
    String name = UUID.randomUUID() + ".media";
    Path partial = dir.resolve(name + ".part");
    try {
      Files.copy(in, partial);
      Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return name;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public Path file(String storedName) {
    return dir().resolve(storedName);
  }

  @Override
  public void delete(String storedName) {
    try {
      Files.deleteIfExists(dir().resolve(storedName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
