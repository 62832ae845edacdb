package cn.dangjian.application.shared.sheet;

/** The uploaded file as a whole cannot be read; {@code key} is the bundle key of the reason. */
public class SheetFileException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String key;

  public SheetFileException(String key, Throwable cause) {
    super(key, cause);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
