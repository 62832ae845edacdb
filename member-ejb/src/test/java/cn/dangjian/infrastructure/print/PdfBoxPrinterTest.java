package cn.dangjian.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintedDocument;
import cn.dangjian.application.shared.print.PrintedDocument.PageFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfBoxPrinterTest {
  private final PdfBoxPrinter printer = new PdfBoxPrinter();

  private static PrintedDocument register(int rows) {
    List<List<String>> lines = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      lines.add(List.of("2026-03-" + (i % 28 + 1), "张三" + i, "转入", "综采一队党支部 → 机电队党支部"));
    }
    return new PrintedDocument(
        "党员管理台账",
        PageFormat.A4,
        List.of(
            PrintBlock.Text.title("综采一队党支部 2026 年党员管理台账"),
            new PrintBlock.Fields(List.of(new PrintBlock.Field("支部", "综采一队党支部")), 11),
            new PrintBlock.Table(
                new float[] {2, 2, 1, 5}, List.of("日期", "党员", "事项", "内容"), lines, 10)));
  }

  @Test
  void chineseIsDrawnWithTheEmbeddedFontAndALongTableRepeatsItsHeaderOnEachPage() throws Exception {
    byte[] pdf = printer.pdf(register(120));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 3, "120 rows take several pages");
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("综采一队党支部 2026 年党员管理台账"), text);
      assertTrue(text.contains("张三120"));
      int headers = text.split("事项", -1).length - 1;
      assertEquals(doc.getNumberOfPages(), headers, "the header once on every page");
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        for (var name : doc.getPage(i).getResources().getFontNames()) {
          PDFont font = doc.getPage(i).getResources().getFont(name);
          assertTrue(font instanceof PDType0Font);
          assertTrue(font.isEmbedded(), "embedded, so every machine shows the same glyphs");
          assertNotNull(
              ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2());
        }
      }
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    assertArrayEquals(printer.pdf(register(40)), printer.pdf(register(40)));
  }

  @Test
  void aCharacterTheFontLacksIsShownAsAQuestionMarkNotAFailure() throws Exception {
    byte[] pdf =
        printer.pdf(
            new PrintedDocument(
                "t", PageFormat.A4, List.of(PrintBlock.Text.body("好\uD83D\uDE00\u0007"))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("好? ", new PDFTextStripper().getText(doc).replace("\r", "").split("\n")[0]);
    }
  }

  @Test
  void theQrCodeOnAPrintedCardReadsBackAsItsLink() throws Exception {
    String link = "https://dangjian.example.cn/verify.xhtml?c=C202600001234-ABCDEFGHJKMNPQRS";
    byte[] pdf =
        printer.pdf(
            new PrintedDocument(
                "card",
                PageFormat.CARD,
                List.of(
                    PrintBlock.Text.title("党员卡"),
                    new PrintBlock.NewPage(),
                    new PrintBlock.Qr(link, 34))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(2, doc.getNumberOfPages(), "front and back");
      assertEquals(85.6f * 72 / 25.4f, doc.getPage(0).getMediaBox().getWidth(), 0.01f);
      BufferedImage back = new PDFRenderer(doc).renderImageWithDPI(1, 300);
      int[] pixels = back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth());
      var bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(back.getWidth(), back.getHeight(), pixels)));
      assertEquals(link, new QRCodeReader().decode(bitmap).getText());
    }
  }

  @Test
  void theSvgCodeForAPhoneIsOneBlackPathOnWhite() {
    String svg = printer.qrSvg("https://x.cn/v?c=1");
    // 18 bytes at level M need version 2: 25 modules and a quiet zone of 4 on each side.
    assertTrue(
        svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 33 33\""), svg);
    assertEquals(1, svg.split("<path", -1).length - 1);
  }
}
