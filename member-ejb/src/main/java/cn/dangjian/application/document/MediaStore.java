package cn.dangjian.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded videos are kept: a directory every server of the cluster sees (server
 * configuration, {@code dangjian.mediaDir}).
 */
public interface MediaStore {
  /** Writes the stream under a new name of the store's making; answers the name. */
  String write(InputStream in) throws IOException;

  /** The file of a stored name. */
  Path file(String storedName);

  void delete(String storedName);
}
