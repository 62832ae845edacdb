package cn.dangjian.infrastructure.print;

import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintedDocument;
import cn.dangjian.application.shared.print.Printer;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * PDFs with PDFBox and the WenQuanYi Micro Hei font (Chinese and Latin, Apache 2.0, in this
 * package), embedded as a subset so that every machine shows the same glyphs; QR codes with ZXing.
 */
@ApplicationScoped
public class PdfBoxPrinter implements Printer {
  private static final String FONT = "wqy-microhei.ttc";

  @Override
  public byte[] pdf(PrintedDocument document) {
    try (PdfLayout layout = new PdfLayout(document, Font.BYTES)) {
      for (PrintBlock block : document.blocks()) {
        layout.add(block);
      }
      return layout.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String qrSvg(String content) {
    BitMatrix m = matrix(content);
    int quiet = 4;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      int x = 0;
      while (x < m.getWidth()) {
        if (!m.get(x, y)) {
          x++;
          continue;
        }
        int run = x;
        while (run < m.getWidth() && m.get(run, y)) {
          run++;
        }
        path.append('M')
            .append(x + quiet)
            .append(' ')
            .append(y + quiet)
            .append('h')
            .append(run - x)
            .append("v1h-")
            .append(run - x)
            .append('z');
        x = run;
      }
    }
    int side = m.getWidth() + 2 * quiet;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + side
        + " "
        + side
        + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\""
        + " fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** The modules of a QR code without its quiet zone; level M survives a worn printed card. */
  static BitMatrix matrix(String content) {
    try {
      return new QRCodeWriter()
          .encode(
              content,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  0,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode a QR code of this length", e);
    }
  }

  /**
   * The font file, read once: each document parses its own copy, as PDFBox fonts are not shared.
   */
  private static final class Font {
    static final byte[] BYTES = read();

    private static byte[] read() {
      try (InputStream in = PdfBoxPrinter.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("The PDF font " + FONT + " is missing from the build");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
