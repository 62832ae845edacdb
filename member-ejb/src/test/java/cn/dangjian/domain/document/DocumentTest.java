package cn.dangjian.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.dangjian.domain.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

  static Object upload(String name, byte[] content, List<Violation> v) {
    Document d =
        Document.upload("RecruitmentPlan", 1L, name, content, "tester", Instant.EPOCH, "scan", v);
    return d == null ? null : d.getType() + " " + d.getFileName() + " " + d.getSize();
  }

  @Test
  void recognizedByContentNotByName() {
    List<Violation> v = new ArrayList<>();
    assertEquals(
        "PDF letter.pdf 9",
        upload("C:\\scans\\letter.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), v));
    assertEquals(
        "JPEG photo.png 4",
        upload("photo.png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}, v));
    assertEquals("PNG document.png 5", upload("  ", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, v));
    assertEquals(List.of(), v);
  }

  @Test
  void emptyTooLargeOrNotAScanIsRefusedWithItsReason() {
    List<Violation> v = new ArrayList<>();
    assertNull(upload("a.pdf", new byte[0], v));
    assertNull(upload("a.pdf", null, v));
    byte[] big = new byte[Document.MAX_BYTES + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    assertNull(upload("big.pdf", big, v));
    assertNull(
        upload("letter.pdf", "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1), v));
    assertEquals(
        List.of("document.empty", "document.empty", "document.tooLarge", "document.type"),
        v.stream().map(Violation::key).toList());
    assertEquals("scan", v.get(3).field());
  }

  @Test
  void anHtmlPageBehindAPdfHeaderIsNotAScanAndNamesLoseLineBreaks() {
    List<Violation> v = new ArrayList<>();
    assertNull(
        upload(
            "letter.pdf",
            "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.US_ASCII),
            v));
    assertEquals(List.of("document.type"), v.stream().map(Violation::key).toList());
    assertEquals(
        "PDF letter\u00a0x.pdf 9",
        upload(
            "../../etc/letter\r\n\u00a0x.pdf",
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            v));
  }
}
