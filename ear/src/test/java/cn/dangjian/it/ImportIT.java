package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.application.member.sheet.SheetColumn;
import cn.dangjian.domain.member.CitizenId;
import jakarta.json.JsonValue;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The member import in the browser: bad rows reported and nothing written, good files written
 * whole.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {
  @TempDir Path dir;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** A valid member of {@code orgCode} with a citizen id no demo member has (area 110105). */
  private static Map<SheetColumn, String> member(String name, String orgCode, int serial) {
    String first17 = String.format("11010519880512%03d", serial * 2 + 1);
    return Map.ofEntries(
        Map.entry(SheetColumn.NAME, name),
        Map.entry(SheetColumn.SEX, "男"),
        Map.entry(SheetColumn.CITIZEN_ID, first17 + CitizenId.checkChar(first17)),
        Map.entry(SheetColumn.ETHNICITY, "汉族"),
        Map.entry(SheetColumn.BIRTH_DATE, "1988-05-12"),
        Map.entry(SheetColumn.EDUCATION, "大学本科"),
        Map.entry(SheetColumn.CATEGORY, "正式党员"),
        Map.entry(SheetColumn.ORGANIZATION_CODE, orgCode),
        Map.entry(SheetColumn.PHONE, "13912345678"),
        Map.entry(SheetColumn.APPLICATION_DATE, "2010-03-01"),
        Map.entry(SheetColumn.JOIN_DATE, "2011-07-01"),
        Map.entry(SheetColumn.CONVERSION_DATE, "2012-07-01"),
        Map.entry(SheetColumn.EMPLOYMENT, "在职"),
        Map.entry(SheetColumn.FRONTLINE, "是"));
  }

  private Path workbook(String name, List<Map<SheetColumn, String>> rows) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet();
      List<SheetColumn> columns = Arrays.asList(SheetColumn.values());
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i).setCellValue(columns.get(i).header());
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int i = 0; i < columns.size(); i++) {
          row.createCell(i).setCellValue(rows.get(r).getOrDefault(columns.get(i), ""));
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static String branchCode(Api api) {
    return api.get("api/v1/organizations").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("kind").equals("BRANCH"))
        .findFirst()
        .orElseThrow()
        .getString("code");
  }

  private static long total(Api api) {
    return api.get("api/v1/members?max=1").json().getJsonNumber("total").longValue();
  }

  private static void upload(Browser b, Path file) {
    b.open("members/import.xhtml");
    WebElement input = b.driver.findElement(By.id("import:file_input"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  @Test
  void aFileWithABadRowIsRefusedWholeWithRowColumnAndReason() throws Exception {
    Api shuji1 = Api.as("shuji1");
    String code = branchCode(shuji1);
    long before = total(shuji1);
    Map<SheetColumn, String> bad = new java.util.HashMap<>(member("错误行", code, 2));
    bad.put(SheetColumn.CITIZEN_ID, "110105198805120033");
    Path file = workbook("bad.xlsx", List.of(member("正确行", code, 1), bad));
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      upload(b, file);
      b.waitForText(By.id("importSummary"), "导入未执行");
      List<String> rows = texts(b, ".problem-row");
      List<String> columns = texts(b, ".problem-column");
      List<String> reasons = texts(b, ".problem-reason");
      assertEquals(List.of("3"), rows);
      assertEquals(List.of("公民身份号码"), columns);
      assertTrue(reasons.get(0).contains("校验位不正确"), reasons.toString());
      b.screenshot("import-bad-row");
    }
    assertEquals(before, total(shuji1), "nothing may be written when a row is bad");
  }

  @Test
  void aGoodFileIsImportedWhole() throws Exception {
    Api shuji1 = Api.as("shuji1");
    String code = branchCode(shuji1);
    long before = total(shuji1);
    Path file = workbook("good.xlsx", List.of(member("导入甲", code, 11), member("导入乙", code, 12)));
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      upload(b, file);
      b.waitForText(By.id("importSummary"), "导入成功");
    }
    assertEquals(before + 2, total(shuji1));
  }

  @Test
  void aFileWithMoreRowsThanOneImportTakesIsRefusedWithTheLimit() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long before = total(shuji1);
    List<Map<SheetColumn, String>> rows = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      rows.add(Map.of(SheetColumn.NAME, "行" + i));
    }
    Api.Reply r =
        shuji1.postBytes(
            "api/v1/members/import",
            "application/octet-stream",
            Files.readAllBytes(workbook("many.xlsx", rows)));
    assertEquals(400, r.status(), r.body());
    assertTrue(r.body().contains("超过 50 行，一次导入不能超过 50 名党员"), r.body());
    assertEquals(before, total(shuji1));
  }

  @Test
  void wrongFilesGetAClearMessage() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.xlsx"), "姓名,性别\n王建国,男\n");
    Path headerOnly = workbook("header.xlsx", List.of());
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      upload(b, text);
      b.waitForText(By.id("import:problems"), "不是 Excel 工作簿");
      upload(b, headerOnly);
      b.waitForText(By.id("import:problems"), "没有党员数据");
      upload(b, wrongHeaders());
      b.waitForText(By.id("import:problems"), "缺少必填列“公民身份号码”");
      b.waitForText(By.id("import:problems"), "无法识别的列“备注”");
    }
  }

  /** The export layout without its citizen id column and with a column of its own. */
  private Path wrongHeaders() throws Exception {
    Path file = dir.resolve("headers.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Row header = wb.createSheet().createRow(0);
      int i = 0;
      for (SheetColumn c : SheetColumn.values()) {
        if (c != SheetColumn.CITIZEN_ID) {
          header.createCell(i++).setCellValue(c.header());
        }
      }
      header.createCell(i).setCellValue("备注");
      wb.getSheetAt(0).createRow(1).createCell(0).setCellValue("王建国");
      wb.write(out);
    }
    return file;
  }

  @Test
  void aCitizenIdRepeatedInTheFileIsReported() throws Exception {
    Api gongsi2 = Api.as("gongsi2");
    long before = total(gongsi2);
    Path file =
        workbook(
            "dup.xlsx",
            List.of(
                member("重复甲", branchCode(gongsi2), 21), member("重复乙", branchCode(gongsi2), 21)));
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi2");
      upload(b, file);
      b.waitForText(By.id("import:problems"), "与第2行重复");
    }
    assertEquals(before, total(gongsi2));
  }

  /** How many exports with full citizen ids the audit log holds for {@code user}. */
  private static long fullIdExports(String user) {
    return Api.as("shenji")
        .get("api/v1/audit?action=EXPORT&entityType=Member&max=500&actor=" + user)
        .parse()
        .asJsonArray()
        .stream()
        .filter(e -> e.asJsonObject().getString("key").equals("audit.member.exportedWithIds"))
        .count();
  }

  @Test
  void theFilteredRosterExportsInTheImportLayoutAndImportsBackAsDuplicates() throws Exception {
    HttpClient shuji1 = Api.cookieClient("shuji1");
    HttpResponse<String> csv =
        shuji1.send(
            HttpRequest.newBuilder(
                    URI.create(Api.BASE + "members/export?format=csv&employment=RETIRED"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode());
    List<String> lines = csv.body().lines().toList();
    assertEquals(
        String.join(",", Arrays.stream(SheetColumn.values()).map(SheetColumn::header).toList()),
        lines.get(0).replace("\uFEFF", ""));
    long retired =
        Api.as("shuji1")
            .get("api/v1/members?max=1&employment=RETIRED")
            .json()
            .getJsonNumber("total")
            .longValue();
    assertEquals(retired, lines.size() - 1);
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",离退休,")), lines.toString());
    // citizen ids leave masked unless asked for; the full ones leave as text, and it is audited
    assertTrue(
        lines.stream().skip(1).allMatch(l -> l.matches(".*,\\d{6}\\*{8}\\d{3}[0-9X],.*")),
        lines.toString());
    long fullExports = fullIdExports("shuji1");

    Path xlsx = dir.resolve("exported.xlsx");
    HttpResponse<Path> download =
        shuji1.send(
            HttpRequest.newBuilder(
                    URI.create(
                        Api.BASE + "members/export?format=xlsx&employment=RETIRED&citizenIds=full"))
                .build(),
            HttpResponse.BodyHandlers.ofFile(xlsx));
    assertEquals(200, download.statusCode());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("filename*=UTF-8''"));
    Api.Reply reimport =
        Api.as("shuji1").postBytes("api/v1/members/import", Files.readAllBytes(xlsx));
    assertEquals(400, reimport.status(), reimport.body());
    assertEquals(
        retired, reimport.json().getJsonNumber("problemCount").longValue(), reimport.body());
    assertTrue(reimport.body().contains("不能重复登记"), reimport.body());
    assertEquals(fullExports + 1, fullIdExports("shuji1"));

    HttpResponse<String> member =
        Api.cookieClient("dangyuan1")
            .send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "members/export?format=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(403, member.statusCode());
  }

  private static List<String> texts(Browser b, String css) {
    List<String> out = new ArrayList<>();
    b.driver.findElements(By.cssSelector(css)).forEach(e -> out.add(e.getText().trim()));
    return out;
  }
}
