package cn.dangjian.infrastructure.print;

import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintedDocument;
import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays blocks down the pages of one document, top to bottom, and starts a page where the next line,
 * table row or code does not fit. Nothing varies between runs (no dates, no random ids), so the
 * same document gives the same bytes.
 */
final class PdfLayout implements Closeable {
  /** The proportional face of the collection (the other is its monospaced twin). */
  private static final String FONT_NAME = "WenQuanYiMicroHei";

  private static final float MM = 72f / 25.4f;
  private static final float LEADING = 1.35f;
  private static final float CELL_PAD = 1.2f * MM;

  private final PDDocument doc = new PDDocument();
  private final PrintedDocument.PageFormat format;
  private final TrueTypeCollection fonts;
  private final TrueTypeFont ttf;
  private final PDType0Font font;
  private final float width;
  private final float height;
  private final float margin;
  private PDPageContentStream out;
  private float y;

  PdfLayout(PrintedDocument document, byte[] fontBytes) throws IOException {
    this.format = document.format();
    this.fonts = new TrueTypeCollection(new ByteArrayInputStream(fontBytes));
    this.ttf = fonts.getFontByName(FONT_NAME);
    this.font = PDType0Font.load(doc, ttf, true);
    this.width = format.widthMm * MM;
    this.height = format.heightMm * MM;
    this.margin = format.marginMm * MM;
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(document.title());
    info.setProducer("Dangjian");
    newPage();
  }

  void add(PrintBlock block) throws IOException {
    if (block instanceof PrintBlock.Text t) {
      text(t);
    } else if (block instanceof PrintBlock.Fields f) {
      fields(f);
    } else if (block instanceof PrintBlock.Table t) {
      table(t);
    } else if (block instanceof PrintBlock.Qr q) {
      qr(q);
    } else if (block instanceof PrintBlock.Space s) {
      y -= s.mm() * MM;
    } else {
      newPage();
    }
  }

  byte[] finish() throws IOException {
    out.close();
    identify();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    doc.save(bytes);
    return bytes.toByteArray();
  }

  /**
   * The file identifier PDF asks for, from what the pages draw: PDFBox would otherwise take the
   * time, and the same document would differ from one printing to the next.
   */
  private void identify() throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    digest.update(doc.getDocumentInformation().getTitle().getBytes(StandardCharsets.UTF_8));
    for (PDPage page : doc.getPages()) {
      try (InputStream content = page.getContents()) {
        digest.update(content.readAllBytes());
      }
    }
    COSString id = new COSString(Arrays.copyOf(digest.digest(), 16));
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    doc.getDocument().setDocumentID(ids);
  }

  @Override
  public void close() throws IOException {
    doc.close();
    fonts.close();
  }

  private float contentWidth() {
    return width - 2 * margin;
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(new PDRectangle(width, height));
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = height - margin;
  }

  private void room(float needed) throws IOException {
    if (y - needed < margin && y < height - margin) {
      newPage();
    }
  }

  private void text(PrintBlock.Text t) throws IOException {
    float lineHeight = t.size() * LEADING;
    for (String line : wrap(t.text(), t.size(), contentWidth())) {
      room(lineHeight);
      float w = widthOf(line, t.size());
      float x =
          switch (t.align()) {
            case LEFT -> margin;
            case CENTER -> (width - w) / 2;
            case RIGHT -> width - margin - w;
          };
      write(line, x, y - t.size(), t.size(), t.bold());
      y -= lineHeight;
    }
  }

  private void fields(PrintBlock.Fields f) throws IOException {
    float size = f.size();
    float labelWidth = 0;
    for (PrintBlock.Field field : f.fields()) {
      labelWidth = Math.max(labelWidth, widthOf(shown(field.label()), size));
    }
    labelWidth = Math.min(labelWidth + size, contentWidth() * 0.45f);
    float lineHeight = size * LEADING;
    for (PrintBlock.Field field : f.fields()) {
      List<String> lines = wrap(field.value(), size, contentWidth() - labelWidth);
      room(lineHeight * Math.max(1, lines.size()));
      write(shown(field.label()), margin, y - size, size, true);
      for (String line : lines) {
        write(line, margin + labelWidth, y - size, size, false);
        y -= lineHeight;
      }
      if (lines.isEmpty()) {
        y -= lineHeight;
      }
    }
  }

  private void table(PrintBlock.Table t) throws IOException {
    float[] widths = new float[t.widths().length];
    float shares = 0;
    for (float share : t.widths()) {
      shares += share;
    }
    for (int i = 0; i < widths.length; i++) {
      widths[i] = contentWidth() * t.widths()[i] / shares;
    }
    row(t.header(), widths, t.size(), true, null);
    for (List<String> cells : t.rows()) {
      row(cells, widths, t.size(), false, t);
    }
  }

  /** One ruled row, kept whole; on a new page the table's header comes first. */
  private void row(
      List<String> cells, float[] widths, float size, boolean header, PrintBlock.Table table)
      throws IOException {
    List<List<String>> lines = new ArrayList<>();
    int most = 1;
    for (int i = 0; i < widths.length; i++) {
      List<String> cell =
          wrap(i < cells.size() ? cells.get(i) : "", size, widths[i] - 2 * CELL_PAD);
      lines.add(cell);
      most = Math.max(most, cell.size());
    }
    float lineHeight = size * LEADING;
    float rowHeight = most * lineHeight + 2 * CELL_PAD;
    if (y - rowHeight < margin && y < height - margin) {
      newPage();
      if (table != null) {
        row(table.header(), widths, size, true, null);
      }
    }
    float x = margin;
    for (int i = 0; i < widths.length; i++) {
      out.setLineWidth(0.5f);
      out.addRect(x, y - rowHeight, widths[i], rowHeight);
      out.stroke();
      float lineY = y - CELL_PAD - size;
      for (String line : lines.get(i)) {
        write(line, x + CELL_PAD, lineY, size, header);
        lineY -= lineHeight;
      }
      x += widths[i];
    }
    y -= rowHeight;
  }

  private void qr(PrintBlock.Qr q) throws IOException {
    BitMatrix m = PdfBoxPrinter.matrix(q.content());
    float side = q.sideMm() * MM;
    room(side);
    float module = side / m.getWidth();
    float left = (width - side) / 2;
    float top = y;
    for (int row = 0; row < m.getHeight(); row++) {
      int col = 0;
      while (col < m.getWidth()) {
        if (!m.get(col, row)) {
          col++;
          continue;
        }
        int run = col;
        while (run < m.getWidth() && m.get(run, row)) {
          run++;
        }
        out.addRect(left + col * module, top - (row + 1) * module, (run - col) * module, module);
        col = run;
      }
    }
    out.fill();
    y -= side;
  }

  private void write(String text, float x, float baselineY, float size, boolean bold)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    out.beginText();
    out.setFont(font, size);
    // The font has one weight: bold is drawn by stroking the outline as well.
    out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
    out.setLineWidth(bold ? size * 0.04f : 0.5f);
    out.newLineAtOffset(x, baselineY);
    out.showText(text);
    out.endText();
  }

  private float widthOf(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000f * size;
  }

  /**
   * The lines of a text within {@code max} points: at a line break, else before the character that
   * would overflow, or after the last space for words in Latin letters.
   */
  List<String> wrap(String text, float size, float max) throws IOException {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return lines;
    }
    for (String paragraph : shown(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float w = 0;
      int i = 0;
      while (i < paragraph.length()) {
        int cp = paragraph.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        float cw = widthOf(ch, size);
        if (w + cw > max && line.length() > 0) {
          int space = line.lastIndexOf(" ");
          if (space > 0 && cp < 0x2E80 && !Character.isWhitespace(cp)) {
            lines.add(line.substring(0, space));
            String rest = line.substring(space + 1);
            line.setLength(0);
            line.append(rest);
            w = widthOf(rest, size);
          } else {
            lines.add(line.toString());
            line.setLength(0);
            w = 0;
          }
          if (Character.isWhitespace(cp) && line.length() == 0) {
            i += Character.charCount(cp);
            continue;
          }
        }
        line.append(ch);
        w += cw;
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text with what the font cannot draw shown as '?', and tabs and returns as spaces. */
  String shown(String text) throws IOException {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                s.append('\n');
              } else if (Character.isISOControl(cp)) {
                s.append(' ');
              } else {
                s.appendCodePoint(hasGlyph(cp) ? cp : '?');
              }
            });
    return s.toString();
  }

  private boolean hasGlyph(int cp) {
    try {
      return ttf.getUnicodeCmapLookup().getGlyphId(cp) != 0;
    } catch (IOException e) {
      return false;
    }
  }
}
