package cn.dangjian.it;

import static cn.dangjian.it.RecruitmentIT.decided;
import static cn.dangjian.it.RecruitmentIT.ok;
import static cn.dangjian.it.RecruitmentIT.step;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Yearly plans and sources on Liberty: who may set which plan, the responsibility letter's scan,
 * completion and the source share counted from approved admissions (clock fixed at 2026-06-30).
 */
@ExtendWith(ArquillianExtension.class)
class PlanIT {
  static final byte[] PDF =
      "%PDF-1.4\n% responsibility letter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** The plan form's organization picker: the first matches of a name or code. */
  static List<JsonObject> options(Api who, String text) {
    return who
        .get("api/v1/plans/organizations?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
        .parse()
        .asJsonArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  static JsonObject planOf(Api who, int year, long orgId) {
    return who.get("api/v1/plans?year=" + year).json().getJsonArray("plans").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getJsonNumber("organizationId").longValue() == orgId)
        .findFirst()
        .orElseThrow();
  }

  static String plan(int year, long orgId, int quota) {
    return "{\"year\":" + year + ",\"organizationId\":" + orgId + ",\"quota\":" + quota + "}";
  }

  /** Uploads a letter as the raw body. */
  static HttpResponse<String> letter(
      String user, long planId, int version, String query, byte[] body) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create(Api.BASE + "api/v1/plans/" + planId + "/letter?" + query))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(
                                  (user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                  .header("Content-Type", "application/pdf")
                  .header("If-Match", "\"" + version + "\"")
                  .header("Accept-Language", "zh-CN")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> download(String user, long planId)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "api/v1/plans/" + planId + "/letter"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void plansFallToTheLevelAboveAndCompletionCountsApprovedAdmissions() throws Exception {
    Api zuzhibu = Api.as("zuzhibu");
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);

    // the company admin plans for its branches, not for its own committee; the group for the
    // companies
    String branchCode = zuzhibu.get("api/v1/organizations/" + branch).json().getString("code");
    List<JsonObject> mine = options(gongsi1, branchCode);
    assertTrue(
        mine.stream().anyMatch(o -> o.getJsonNumber("id").longValue() == branch), mine.toString());
    assertEquals(
        403,
        shuji1.get("api/v1/plans/organizations?q=").status(),
        "a branch secretary plans nothing");
    long committee =
        zuzhibu.get("api/v1/organizations/" + branch).json().getJsonNumber("parentId").longValue();
    while (!zuzhibu
        .get("api/v1/organizations/" + committee)
        .json()
        .getString("kind")
        .equals("COMMITTEE")) {
      committee =
          zuzhibu
              .get("api/v1/organizations/" + committee)
              .json()
              .getJsonNumber("parentId")
              .longValue();
    }
    long companyCommittee = committee;
    String committeeCode =
        zuzhibu.get("api/v1/organizations/" + companyCommittee).json().getString("code");
    assertTrue(
        options(gongsi1, committeeCode).stream()
            .noneMatch(o -> o.getJsonNumber("id").longValue() == companyCommittee),
        "its own committee is planned above");
    assertTrue(
        options(zuzhibu, committeeCode).stream()
            .anyMatch(o -> o.getJsonNumber("id").longValue() == companyCommittee),
        "the group plans for the company");
    assertEquals(201, zuzhibu.post("api/v1/plans", plan(2025, companyCommittee, 4)).status());
    Api.Reply again = zuzhibu.post("api/v1/plans", plan(2025, companyCommittee, 5));
    assertEquals(409, again.status(), again.body());
    assertEquals(403, gongsi1.post("api/v1/plans", plan(2025, companyCommittee, 9)).status());
    assertEquals(201, gongsi1.post("api/v1/plans", plan(2025, branch, 1)).status());
    assertEquals(403, shuji1.post("api/v1/plans", plan(2025, branch, 3)).status());
    Api.Reply bad = gongsi1.post("api/v1/plans", plan(2030, branch, -1));
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("计划发展人数须在 0 至 10000 之间"), bad.body());

    // the letter: refused when it is not a scan, kept and given back when it is
    JsonObject p = planOf(gongsi1, 2025, branch);
    long planId = p.getJsonNumber("id").longValue();
    HttpResponse<String> notAScan =
        letter(
            "gongsi1",
            planId,
            p.getInt("version"),
            "signedOn=2025-01-10&signedBy=x",
            "hello".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, notAScan.statusCode(), notAScan.body());
    assertTrue(notAScan.body().contains("不是 PDF、JPG 或 PNG 文件"), notAScan.body());
    HttpResponse<String> signed =
        letter(
            "gongsi1",
            planId,
            p.getInt("version"),
            "signedOn=2025-01-10&signedBy=%E5%BC%A0%E4%B9%A6%E8%AE%B0&fileName=letter.pdf",
            PDF);
    assertEquals(204, signed.statusCode(), signed.body());
    JsonObject withLetter = planOf(shuji1, 2025, branch);
    assertTrue(withLetter.getBoolean("hasLetter"));
    assertEquals("张书记", withLetter.getString("letterSignedBy"));
    HttpResponse<byte[]> scan = download("shuji1", planId);
    assertEquals(200, scan.statusCode());
    assertEquals("application/pdf", scan.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(PDF, scan.body());
    assertEquals(404, download("shuji2", planId).statusCode());

    // an admission approved in 2025 counts for the branch's and the company's plans and the share
    long admittedBefore =
        planOf(zuzhibu, 2025, companyCommittee).getJsonNumber("admitted").longValue();
    JsonObject shareBefore = zuzhibu.get("api/v1/plans?year=2025").json().getJsonObject("share");
    long id = RecruitmentIT.candidateAfterMeeting("周计划", "11010119980505902");
    ok(step(gongsi1, id, decided("COMMITTEE_TALK", "2025-01-06", "PASSED", "入党动机端正")));
    ok(step(gongsi1, id, RecruitmentIT.approval("2025-01-08")));
    assertEquals(
        admittedBefore + 1,
        planOf(zuzhibu, 2025, companyCommittee).getJsonNumber("admitted").longValue());
    JsonObject share = zuzhibu.get("api/v1/plans?year=2025").json().getJsonObject("share");
    assertEquals(shareBefore.getInt("newMembers") + 1, share.getInt("newMembers"));
    assertEquals(shareBefore.getInt("counted") + 1, share.getInt("counted"));
    assertEquals(
        shareBefore.getJsonObject("bySource").getInt("FRONTLINE") + 1,
        share.getJsonObject("bySource").getInt("FRONTLINE"));
  }

  @Test
  void onlyTheGroupChangesTheThresholdsAndBadValuesAreExplained() {
    Api zuzhibu = Api.as("zuzhibu");
    int version =
        zuzhibu.get("api/v1/plans?year=2026").json().getJsonObject("policy").getInt("version");
    Api.Reply refused =
        Api.as("gongsi1")
            .put(
                "api/v1/plans/policy",
                "\"" + version + "\"",
                "{\"youngMaxAge\":40,\"educatedFrom\":\"UNIVERSITY\",\"goalPercent\":80}");
    assertEquals(403, refused.status(), refused.body());
    Api.Reply bad =
        zuzhibu.put(
            "api/v1/plans/policy",
            "\"" + version + "\"",
            "{\"youngMaxAge\":12,\"goalPercent\":101}");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(
        bad.body().contains("青年年龄上限须在 18 至 60 岁之间")
            && bad.body().contains("高知识群体的最低学历")
            && bad.body().contains("目标比例须在 1% 至 100% 之间"),
        bad.body());
    Api.Reply ok =
        zuzhibu.put(
            "api/v1/plans/policy",
            "\"" + version + "\"",
            "{\"youngMaxAge\":36,\"educatedFrom\":\"COLLEGE\",\"goalPercent\":75}");
    assertEquals(204, ok.status(), ok.body());
    JsonObject policy = zuzhibu.get("api/v1/plans?year=2026").json().getJsonObject("policy");
    assertEquals(36, policy.getInt("youngMaxAge"));
    Api.Reply stale =
        zuzhibu.put(
            "api/v1/plans/policy",
            "\"" + version + "\"",
            "{\"youngMaxAge\":35,\"educatedFrom\":\"COLLEGE\",\"goalPercent\":75}");
    assertEquals(409, stale.status(), stale.body());
    assertEquals(
        204,
        zuzhibu
            .put(
                "api/v1/plans/policy",
                "\"" + policy.getInt("version") + "\"",
                "{\"youngMaxAge\":35,\"educatedFrom\":\"COLLEGE\",\"goalPercent\":75}")
            .status());
  }

  @Test
  void aBranchSecretaryReadsThePlansWithoutThePlanForm() {
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("recruitment/plans.xhtml");
      b.waitForText(By.id("shareText"), "新发展党员");
      assertTrue(b.driver.findElements(By.id("plan:organization_input")).isEmpty());
    }
  }

  @Test
  /** Next year's plan: the demo group already has this year's. */
  void inTheBrowserTheGroupSetsACompanyPlanAndRegistersItsLetter() throws Exception {
    Api zuzhibu = Api.as("zuzhibu");
    JsonObject target =
        zuzhibu.get("api/v1/organizations").parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getInt("depth") == 1 && o.getString("kind").equals("COMMITTEE"))
            .reduce((a, b) -> b)
            .orElseThrow();
    Path pdf = Files.createTempFile("letter", ".pdf");
    Files.write(pdf, PDF);
    try (Browser b = new Browser(1280, 900)) {
      b.login("zuzhibu");
      b.open("recruitment/plans.xhtml?year=2027");
      b.waitForText(By.id("shareText"), "新发展党员");
      String page = b.driver.findElement(By.tagName("main")).getText();
      assertTrue(page.contains("2027年度发展计划") && !page.contains("2,027"), "years without a comma");
      b.visible(By.id("plan:organization_input")).sendKeys(target.getString("code"));
      b.visible(
              By.xpath(
                  "//li[contains(@class,'ui-autocomplete-item') and contains(.,'"
                      + target.getString("name")
                      + "')]"))
          .click();
      b.driver.findElement(By.id("plan:quota")).sendKeys("12");
      b.driver.findElement(By.id("plan:save")).click();
      b.waitForText(By.id("messages"), "计划已保存");
      b.waitForText(By.id("planList:plans"), target.getString("name"));
      new Select(b.visible(By.id("letter:planId"))).selectByVisibleText(target.getString("name"));
      ((org.openqa.selenium.JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = '2026-02-01'", b.driver.findElement(By.id("letter:signedOn")));
      b.driver.findElement(By.id("letter:signedBy")).sendKeys("集团党委书记");
      b.driver.findElement(By.id("letter:scan")).sendKeys(pdf.toString());
      b.driver.findElement(By.id("letter:save")).click();
      b.waitForText(By.id("messages"), "目标责任书已登记");
      b.waitForText(By.id("planList:plans"), "集团党委书记");
      b.screenshot("plans");
    } finally {
      Files.deleteIfExists(pdf);
    }
    JsonObject p = planOf(zuzhibu, 2027, target.getJsonNumber("id").longValue());
    assertEquals(12, p.getInt("quota"));
    assertEquals("2026-02-01", p.getString("letterSignedOn"));
  }
}
