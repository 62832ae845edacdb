package cn.dangjian.application.shared.print;

import java.util.List;

/**
 * A document the server prints to PDF: its pages' format and the blocks that flow down them (a new
 * page where one is full, a table's header repeated on each page). Texts arrive in the reader's
 * language; the printer only lays them out.
 */
public record PrintedDocument(String title, PageFormat format, List<PrintBlock> blocks) {
  public PrintedDocument {
    blocks = List.copyOf(blocks);
  }

  /** The page sizes in millimetres, with the margin kept free on every side. */
  public enum PageFormat {
    A4(210, 297, 18),
    A4_LANDSCAPE(297, 210, 14),
    /** ISO/IEC 7810 ID-1, the size of a bank card: one page the front, the next the back. */
    CARD(85.6f, 54, 4);

    public final float widthMm;
    public final float heightMm;
    public final float marginMm;

    PageFormat(float widthMm, float heightMm, float marginMm) {
      this.widthMm = widthMm;
      this.heightMm = heightMm;
      this.marginMm = marginMm;
    }
  }
}
