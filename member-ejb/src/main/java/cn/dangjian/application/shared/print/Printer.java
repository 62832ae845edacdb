package cn.dangjian.application.shared.print;

/**
 * The port for printed documents: PDFs made on the server with an embedded Chinese font, the same
 * bytes on every machine for the same document, and QR codes for the pages that show one.
 */
public interface Printer {
  byte[] pdf(PrintedDocument document);

  /** A QR code as an SVG element, for a page to show (a card on a phone). */
  String qrSvg(String content);
}
