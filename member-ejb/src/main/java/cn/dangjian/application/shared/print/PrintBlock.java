package cn.dangjian.application.shared.print;

import java.util.List;

/** What flows down a printed page. Sizes are in points, lengths in millimetres. */
public sealed interface PrintBlock {

  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Text wrapped to the width of the page, a character at a time where it must (Chinese). */
  record Text(String text, float size, boolean bold, Align align) implements PrintBlock {
    public static Text title(String text) {
      return new Text(text, 18, true, Align.CENTER);
    }

    public static Text body(String text) {
      return new Text(text, 11, false, Align.LEFT);
    }
  }

  /** Label and value lines, the labels in a column of their own. */
  record Fields(List<Field> fields, float size) implements PrintBlock {
    public Fields {
      fields = List.copyOf(fields);
    }
  }

  record Field(String label, String value) {}

  /**
   * A ruled table; {@code widths} are the columns' shares of the page's width. Rows are kept whole
   * on a page, and the header is repeated on each page the table reaches.
   */
  record Table(float[] widths, List<String> header, List<List<String>> rows, float size)
      implements PrintBlock {
    public Table {
      if (widths.length != header.size()) {
        throw new IllegalArgumentException("one width per column");
      }
      widths = widths.clone();
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /** A QR code of {@code content}, {@code sideMm} square, centred. */
  record Qr(String content, float sideMm) implements PrintBlock {}

  record Space(float mm) implements PrintBlock {}

  record NewPage() implements PrintBlock {}
}
