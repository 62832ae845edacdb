package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 党员管理台账: generated from what was recorded elsewhere (admission, transfer, dues, card), the same
 * lines on the page, in print and in the spreadsheet. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static List<JsonObject> linesOf(JsonObject register, String member) {
    return register.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getString("member").equals(member))
        .toList();
  }

  private static JsonObject org(String code) {
    return Api.as("zuzhibu").get("api/v1/organizations?q=" + code).parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code));
  }

  @Test
  void theRegisterIsMadeFromWhatWasRecordedAndReadsTheSameInPrintAndInTheSheet() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long admitted = MemberApiIT.inShuji1sBranch("台账甲", "14022319920808094");
    Api.Reply read = shuji1.get("api/v1/members/" + admitted);
    JsonObject data =
        Json.createObjectBuilder(read.json().getJsonObject("data"))
            .add("category", "PROBATIONARY")
            .add("applicationDate", "2024-05-04")
            .add("joinDate", "2026-03-15")
            .addNull("conversionDate")
            .build();
    Api.Reply changed = shuji1.put("api/v1/members/" + admitted, read.etag(), data.toString());
    assertEquals(200, changed.status(), changed.body());
    Api.Reply base =
        shuji1.put(
            "api/v1/dues/bases",
            null,
            "{\"memberId\":" + admitted + ",\"year\":2026,\"kind\":\"SALARY\",\"base\":3000}");
    assertEquals(200, base.status(), base.body());
    Api.Reply paid =
        shuji1.post(
            "api/v1/dues/payments",
            "{\"memberId\":"
                + admitted
                + ",\"month\":\"2026-04\",\"method\":\"CASH\",\"paidOn\":\"2026-04-20\"}");
    assertEquals(200, paid.status(), paid.body());
    assertEquals(
        201, shuji1.post("api/v1/credentials/cards", "{\"memberId\":" + admitted + "}").status());

    long leaving = MemberApiIT.inShuji1sBranch("台账乙", "14022319930909105");
    JsonObject target = org("G01-01-03");
    Api gongsi1 = Api.as("gongsi1");
    Api.Reply before = gongsi1.get("api/v1/members/" + leaving);
    Api.Reply moved =
        gongsi1.post(
            "api/v1/members/" + leaving + "/transfer",
            "{\"version\":"
                + before.etag().replace("\"", "").replace("W/", "")
                + ",\"targetOrganizationId\":"
                + target.getJsonNumber("id")
                + ",\"date\":\"2026-05-10\",\"reason\":\"工作调动\"}");
    assertEquals(200, moved.status(), moved.body());

    Api.Reply r = shuji1.get("api/v1/registers/2026?organizationId=" + branch);
    assertEquals(200, r.status(), r.body());
    JsonObject register = r.json();
    List<JsonObject> a = linesOf(register, "台账甲");
    assertEquals(
        List.of("JOINED", "DUES_PAID", "CARD_ISSUED"),
        a.stream().map(l -> l.getString("event")).toList(),
        "by day: admitted 03-15, paid 04-20, card 06-30");
    assertEquals("2026-03-15", a.get(0).getString("on"));
    assertEquals("本年已交 1 个月，共 15.00 元", a.get(1).getString("detail"));
    assertTrue(a.get(2).getString("detail").matches("卡号 K2026-\\d{8}"));
    List<JsonObject> b = linesOf(register, "台账乙");
    assertEquals(1, b.size(), b.toString());
    assertEquals("TRANSFERRED_OUT", b.get(0).getString("event"), "they left, and stay in the book");
    assertEquals("组织关系转出", b.get(0).getString("what"));
    assertTrue(b.get(0).getString("detail").contains(target.getString("name")));

    JsonObject there =
        gongsi1.get("api/v1/registers/2026?organizationId=" + target.getJsonNumber("id")).json();
    assertEquals("TRANSFERRED_IN", linesOf(there, "台账乙").get(0).getString("event"));
    long general = org("G01-01").getJsonNumber("id").longValue();
    JsonObject above = gongsi1.get("api/v1/registers/2026?organizationId=" + general).json();
    assertEquals(
        "MOVED_WITHIN",
        linesOf(above, "台账乙").get(0).getString("event"),
        "within the general branch it is a move, not a transfer");

    int lines = register.getJsonArray("lines").size();
    Api.Download pdf = shuji1.download("api/v1/registers/2026/pdf?organizationId=" + branch);
    assertEquals(200, pdf.status());
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      assertTrue(
          doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(),
          "landscape");
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("2026 年党员管理台账"), text);
      assertTrue(text.contains("台账乙"));
      assertTrue(text.contains("共 " + lines + " 条"), text);
    }
    Api.Download xlsx = shuji1.download("api/v1/registers/2026/xlsx?organizationId=" + branch);
    assertEquals(200, xlsx.status());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = book.getSheetAt(0);
      assertEquals("日期", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(lines, sheet.getLastRowNum(), "a header and one row a line");
    }
    JsonArray exports =
        Api.as("shenji")
            .get("api/v1/audit?entityType=Register&entityId=" + branch)
            .parse()
            .asJsonArray();
    assertTrue(exports.toString().contains("（pdf，" + lines + " 条）"), exports.toString());
    assertTrue(exports.toString().contains("（xlsx，" + lines + " 条）"), exports.toString());

    assertEquals(
        403, Api.as("dangyuan1").get("api/v1/registers/2026?organizationId=" + branch).status());
    assertEquals(
        404, Api.as("gongsi2").get("api/v1/registers/2026?organizationId=" + branch).status());
    assertEquals(400, shuji1.get("api/v1/registers/2026").status());
    assertEquals(400, shuji1.get("api/v1/registers/1999?organizationId=" + branch).status());

    String code = org("G01-01-01").getString("code");
    try (Browser br = new Browser(390, 844)) {
      br.login("shuji1");
      br.open("members/register.xhtml");
      br.pickOrganization("pick:organization", code);
      br.driver.findElement(By.id("pick:show")).click();
      assertTrue(br.waitForText(By.id("registerForm:register"), "台账乙").contains("组织关系转出"));
      br.screenshot("register-390");
    }
  }
}
