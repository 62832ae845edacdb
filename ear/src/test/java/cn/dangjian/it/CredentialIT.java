package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 一卡一证: a card on the member's phone and in print, its code checked by anyone, void once revoked or
 * reissued; a certificate numbered, audited and printed. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static JsonObject issueCard(Api who, long member) {
    Api.Reply r = who.post("api/v1/credentials/cards", "{\"memberId\":" + member + "}");
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  /** The link the printed card's code holds, read back from the PDF's second page. */
  private static String printedLink(Api who, long credential) throws Exception {
    Api.Download pdf = who.download("api/v1/credentials/" + credential + "/pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      assertEquals(2, doc.getNumberOfPages(), "front and back");
      assertEquals(153.0f, doc.getPage(0).getMediaBox().getHeight(), 0.5f);
      BufferedImage back = new PDFRenderer(doc).renderImageWithDPI(1, 300);
      int[] px = back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(back.getWidth(), back.getHeight(), px))))
          .getText();
    }
  }

  /** What anyone sees on opening a code's link, not signed in. */
  private static String verdict(String link) {
    try (Browser b = new Browser(390, 844)) {
      b.driver.get(link.replaceFirst("^https?://[^/]+/", Api.BASE));
      return b.visible(By.id("verdict")).getText()
          + " "
          + b.driver.findElements(By.id("holderName")).stream()
              .map(e -> e.getText())
              .findFirst()
              .orElse("");
    }
  }

  @Test
  void aCardOnThePhoneAndInPrintIsValidUntilRevokedAndAReissueVoidsTheOldOne() throws Exception {
    Api shuji1 = Api.as("shuji1");
    Api dangyuan1 = Api.as("dangyuan1");
    long me = dangyuan1.memberId();
    String name = dangyuan1.myRecord().getString("name");

    JsonObject first = issueCard(shuji1, me);
    assertTrue(first.getString("number").matches("K2026-\\d{8}"), first.toString());
    assertEquals("VALID", first.getString("state"));
    JsonObject card = issueCard(shuji1, me);
    assertNotEquals(first.getString("number"), card.getString("number"));
    long cardId = card.getJsonNumber("id").longValue();
    JsonObject old =
        shuji1.get("api/v1/credentials?memberId=" + me).parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("number").equals(first.getString("number")))
            .findFirst()
            .orElseThrow();
    assertEquals("REVOKED", old.getString("state"));
    assertEquals("REISSUED", old.getString("revocation"));

    String link = printedLink(dangyuan1, cardId);
    assertEquals(card.getString("link"), link, "the printed code is the card's link");
    assertEquals("有效 " + name, verdict(link));
    assertTrue(verdict(first.getString("link")).startsWith("已作废"), "the reissued card is void");
    String altered = link.replace(card.getString("number"), first.getString("number"));
    assertEquals("无法识别 ", verdict(altered.substring(0, altered.length() - 1) + "A"));

    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("card.xhtml");
      assertEquals(card.getString("number"), b.visible(By.id("cardNumber")).getText());
      assertEquals(name, b.driver.findElement(By.id("cardName")).getText());
      assertFalse(b.driver.findElements(By.cssSelector("#cardQr svg path")).isEmpty());
      b.screenshot("card-390");
    }

    assertEquals(
        403, dangyuan1.post("api/v1/credentials/cards", "{\"memberId\":" + me + "}").status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/credentials/" + cardId).status());
    assertEquals(
        404,
        Api.as("gongsi2").post("api/v1/credentials/cards", "{\"memberId\":" + me + "}").status());
    assertEquals(400, shuji1.post("api/v1/credentials/cards", "{}").status());
  }

  @Test
  void aRevokedCardsCodeSaysVoidAndARevocationIsOnceWithAReason() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long member = MemberApiIT.inShuji1sBranch("持卡甲", "14022319900505061");
    JsonObject card = issueCard(shuji1, member);
    long id = card.getJsonNumber("id").longValue();
    String link = printedLink(shuji1, id);
    assertEquals("有效 持卡甲", verdict(link));

    String path = "api/v1/credentials/" + id + "/revocation";
    assertEquals(400, shuji1.post(path, "{}").status(), "a reason is required");
    assertEquals(400, shuji1.post(path, "{\"reason\":\"REISSUED\"}").status(), "the system's own");
    assertEquals(403, Api.as("dangyuan1").post(path, "{\"reason\":\"LOST\"}").status());
    Api.Reply revoked = shuji1.post(path, "{\"reason\":\"LOST\",\"note\":\"井下遗失\"}");
    assertEquals(200, revoked.status(), revoked.body());
    assertEquals("REVOKED", revoked.json().getString("state"));
    assertEquals(409, shuji1.post(path, "{\"reason\":\"DECEASED\"}").status(), "once");
    assertEquals("已作废 持卡甲", verdict(link), "the same printed code now says void");
  }

  @Test
  void aCertificateIsNumberedForItsPurposeAuditedAndPrintedOnA4() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long member = MemberApiIT.inShuji1sBranch("证明乙", "14022319880606072");
    String path = "api/v1/credentials/certificates";
    Api.Reply tooLong =
        shuji1.post(path, "{\"memberId\":" + member + ",\"purpose\":\"出国\",\"months\":7}");
    assertEquals(400, tooLong.status());
    assertTrue(tooLong.body().contains("\"months\""), tooLong.body());
    Api.Reply noPurpose = shuji1.post(path, "{\"memberId\":" + member + ",\"purpose\":\" \"}");
    assertEquals(400, noPurpose.status());
    assertTrue(noPurpose.body().contains("\"purpose\""), noPurpose.body());

    Api.Reply issued = shuji1.post(path, "{\"memberId\":" + member + ",\"purpose\":\"出国（境）审批\"}");
    assertEquals(201, issued.status(), issued.body());
    JsonObject c = issued.json();
    assertTrue(c.getString("number").matches("Z2026-\\d{8}"));
    assertEquals("2026-09-29", c.getString("validUntil"), "three months unless said");
    long id = c.getJsonNumber("id").longValue();

    long branch = RecruitmentIT.branchOf(shuji1);
    JsonObject org = Api.as("zuzhibu").get("api/v1/organizations/" + branch).json();
    long above = org.getJsonNumber("parentId").longValue();
    Api.Reply byShuji1 =
        shuji1.post(
            path, "{\"memberId\":" + member + ",\"purpose\":\"入学政审\",\"issuerId\":" + above + "}");
    assertEquals(404, byShuji1.status(), "above the branch is outside the secretary's scope");
    Api.Reply byCommittee =
        Api.as("gongsi1")
            .post(
                path,
                "{\"memberId\":" + member + ",\"purpose\":\"入学政审\",\"issuerId\":" + above + "}");
    assertEquals(201, byCommittee.status(), byCommittee.body());

    Api.Download pdf = shuji1.download("api/v1/credentials/" + id + "/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      assertEquals(1, doc.getNumberOfPages());
      assertEquals(595.3f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("党员身份证明"), text);
      assertTrue(text.contains("证明乙"), text);
      assertTrue(text.contains("出国（境）审批"), text);
      assertTrue(text.contains(c.getString("number")), text);
    }

    Api.Reply audit = Api.as("shenji").get("api/v1/audit?entityType=Credential&entityId=" + id);
    assertEquals(200, audit.status(), audit.body());
    String entries = audit.body();
    assertTrue(entries.contains("出具党员身份证明 " + c.getString("number")), entries);
    assertTrue(entries.contains("打印 " + c.getString("number")), entries);
  }

  @Test
  void onADeskTheSecretaryIssuesAndVoidsFromTheMembersRecord() {
    long member = MemberApiIT.inShuji1sBranch("页面丙", "14022319870707083");
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/detail.xhtml?id=" + member);
      b.visible(By.id("credentials:issueCard")).click();
      String list = b.waitForText(By.id("credentials:credentialList"), "K2026-");
      assertTrue(list.contains("有效"), list);
      b.visible(By.id("certificateForm:purpose")).sendKeys("出国（境）审批");
      b.driver.findElement(By.id("certificateForm:issueCertificate")).click();
      b.waitForText(By.id("credentials:credentialList"), "Z2026-");
      b.screenshot("credentials-1280");
    }
  }
}
