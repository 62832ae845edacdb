package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * 一句话直通学习 (clock fixed at 2026-06-30 10:00 Beijing time): an editor schedules a sentence for a
 * subtree; at its time each person of its audience has it in their inbox, once; it can be withdrawn
 * until then.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {
  private static final String NOW = "2026-06-30T10:00";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  static String message(long org, String category, String text, String audience, String at) {
    return "{\"organizationId\":"
        + org
        + ",\"category\":\""
        + category
        + "\",\"text\":\""
        + text
        + "\",\"audience\":\""
        + audience
        + "\",\"sendAt\":\""
        + at
        + "\"}";
  }

  /** How many times the message is in the member's inbox. */
  private static long inInbox(Api member, long message, String query) {
    return member.get("api/v1/messages/inbox?max=100" + query).json().getJsonArray("items").stream()
        .filter(i -> i.asJsonObject().getJsonNumber("messageId").longValue() == message)
        .count();
  }

  private static long sendDue() {
    Api.Reply r = Api.as("zuzhibu").post("api/v1/messages/send-due", "");
    assertEquals(200, r.status(), r.body());
    return r.json().getInt("sent");
  }

  @Test
  void atItsTimeTheAudienceHasTheMessageOnceAndNoOneElse() {
    Api gongsi1 = Api.as("gongsi1");
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    Api.Reply written =
        gongsi1.post(
            "api/v1/messages",
            message(branch, "CURRENT_AFFAIRS", "学习贯彻全会精神，落实安全生产责任。", "ALL", NOW));
    assertEquals(201, written.status(), written.body());
    assertEquals("SCHEDULED", written.json().getString("status"));
    long id = written.json().getJsonNumber("id").longValue();
    Api dangyuan1 = Api.as("dangyuan1");
    assertEquals(0, inInbox(dangyuan1, id, ""), "not before its time");

    assertTrue(sendDue() >= 1);
    JsonObject sent = gongsi1.get("api/v1/messages/" + id).json();
    assertEquals("SENT", sent.getString("status"));
    assertTrue(sent.getInt("recipients") >= 2, sent.toString());
    assertEquals(1, inInbox(dangyuan1, id, ""));
    assertEquals(1, inInbox(dangyuan1, id, "&category=CURRENT_AFFAIRS"));
    assertEquals(0, inInbox(dangyuan1, id, "&category=JOB_KNOWLEDGE"));
    assertEquals(0, inInbox(Api.as("shuji2"), id, ""), "another company's member");

    sendDue();
    assertEquals(1, inInbox(dangyuan1, id, ""), "sent once");
    assertEquals(
        sent.getInt("recipients"),
        gongsi1.get("api/v1/messages/" + id).json().getInt("recipients"));
    Api.Reply late = gongsi1.post("api/v1/messages/" + id + "/withdraw", written.etag(), "");
    assertEquals(409, late.status(), late.body());
    Api.Reply stale =
        gongsi1.post(
            "api/v1/messages/" + id + "/withdraw", gongsi1.get("api/v1/messages/" + id).etag(), "");
    assertTrue(stale.body().contains("已经发出"), stale.body());
  }

  @Test
  void aMessageForOneKindReachesOnlyThem() {
    Api gongsi1 = Api.as("gongsi1");
    long committee = TrainingIT.committeeOf(Api.as("shuji1"));
    long id =
        gongsi1
            .post(
                "api/v1/messages",
                message(committee, "CLEAN_GOVERNANCE", "预备党员要严守纪律。", "PROBATIONARY", NOW))
            .json()
            .getJsonNumber("id")
            .longValue();
    sendDue();
    assertEquals(
        0, inInbox(Api.as("dangyuan1"), id, ""), "a full member is not a probationary one");
  }

  @Test
  void aMessageCanBeWithdrawnBeforeItsTime() {
    Api gongsi1 = Api.as("gongsi1");
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    Api.Reply written =
        gongsi1.post(
            "api/v1/messages",
            message(branch, "JOB_KNOWLEDGE", "井下作业必须佩戴自救器。", "ALL", "2026-07-01T07:00"));
    long id = written.json().getJsonNumber("id").longValue();
    assertTrue(
        gongsi1.get("api/v1/messages?from=2026-07-01&to=2026-07-01").parse().asJsonArray().stream()
            .anyMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == id),
        "on the calendar of its day");
    Api.Reply withdrawn = gongsi1.post("api/v1/messages/" + id + "/withdraw", written.etag(), "");
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    assertEquals(
        409,
        gongsi1.post("api/v1/messages/" + id + "/withdraw", withdrawn.etag(), "").status(),
        "once");
  }

  @Test
  void editorsOnlyWithinTheirScopeAndBadInputIsNamed() {
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    Api gongsi1 = Api.as("gongsi1");
    long id =
        gongsi1
            .post("api/v1/messages", message(branch, "JOB_KNOWLEDGE", "范围内的一句话。", "ALL", NOW))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(404, Api.as("gongsi2").get("api/v1/messages/" + id).status());
    assertEquals(
        404,
        Api.as("gongsi2")
            .post("api/v1/messages", message(branch, "JOB_KNOWLEDGE", "越权。", "ALL", NOW))
            .status());
    assertEquals(
        403,
        Api.as("dangyuan1")
            .post("api/v1/messages", message(branch, "JOB_KNOWLEDGE", "党员不能发。", "ALL", NOW))
            .status());
    assertEquals(403, Api.as("shuji1").post("api/v1/messages/send-due", "").status());

    Api.Reply empty =
        gongsi1.post("api/v1/messages", message(branch, "JOB_KNOWLEDGE", " ", "ALL", NOW));
    assertEquals(400, empty.status(), empty.body());
    assertTrue(empty.body().contains("\"text\"") && empty.body().contains("请填写"), empty.body());
    Api.Reply past =
        gongsi1.post(
            "api/v1/messages",
            message(branch, "JOB_KNOWLEDGE", "昨天的一句话。", "ALL", "2026-06-29T10:00"));
    assertEquals(400, past.status(), past.body());
    assertTrue(past.body().contains("不早于现在"), past.body());
    Api.Reply kind =
        gongsi1.post("api/v1/messages", message(branch, "GOSSIP", "不存在的类别。", "ALL", NOW));
    assertEquals(400, kind.status(), kind.body());
    assertEquals(400, gongsi1.get("api/v1/messages/inbox?category=GOSSIP").status());
  }

  @Test
  void inTheBrowserAnEditorSchedulesAndAMemberReadsItOnAPhone() {
    Api shuji1 = Api.as("shuji1");
    String code =
        Api.as("zuzhibu")
            .get("api/v1/organizations/" + RecruitmentIT.branchOf(shuji1))
            .json()
            .getString("code");
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("education/messages.xhtml");
      b.driver.findElement(By.id("write:organization_input")).sendKeys(code);
      b.visible(By.cssSelector("#write\\:organization_panel li")).click();
      new Select(b.driver.findElement(By.id("write:category"))).selectByVisibleText("党风廉政");
      b.driver.findElement(By.id("write:text")).sendKeys("手机上读到的一句话：廉洁从业，从我做起。");
      // the date and time pickers are the browser's own: their values set as a picker sets them
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = '2026-06-30'; arguments[1].value = '10:00';",
              b.driver.findElement(By.id("write:day")),
              b.driver.findElement(By.id("write:time")));
      b.driver.findElement(By.id("write:save")).click();
      b.waitForText(By.id("messages"), "已安排");
      b.waitForText(By.id("calendarForm:calendar"), "廉洁从业，从我做起");
      b.screenshot("messages-editor-1280");
    }
    sendDue();
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("education/inbox.xhtml?category=CLEAN_GOVERNANCE");
      b.waitForText(By.id("inbox"), "廉洁从业，从我做起");
      b.screenshot("messages-inbox-390");
    }
  }

  /** An .xlsx of messages: the header, then rows of cells (a LocalDateTime as a dated cell). */
  private static byte[] sheet(List<List<Object>> rows) throws java.io.IOException {
    return Xlsx.of(List.of("发送时间", "类别", "内容", "对象"), rows);
  }

  @Test
  void anEditorImportsMessagesFromASpreadsheetAllOrNone() throws Exception {
    Api gongsi1 = Api.as("gongsi1");
    long committee = TrainingIT.committeeOf(Api.as("shuji1"));
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    String first = "导入一" + tag;
    String second = "导入二" + tag;
    List<Object> good = List.of(java.time.LocalDateTime.of(2026, 7, 2, 8, 0), "时事政治", first, "");
    Api.Reply bad =
        gongsi1.postBytes(
            "api/v1/messages/import?organizationId=" + committee,
            sheet(List.of(good, List.of("明天早上", "天气", second, "全体党员"))));
    assertEquals(400, bad.status(), bad.body());
    JsonObject report = bad.json();
    assertEquals(2, report.getInt("problemCount"), bad.body());
    assertTrue(bad.body().contains("\"row\":3"), bad.body());
    assertTrue(bad.body().contains("发送时间“明天早上”无法识别"), bad.body());
    assertTrue(bad.body().contains("类别"), bad.body());
    String calendar = gongsi1.get("api/v1/messages?from=2026-07-01&to=2026-07-05").body();
    assertTrue(!calendar.contains(first), "none written: " + calendar);

    Api.Reply ok =
        gongsi1.postBytes(
            "api/v1/messages/import?organizationId=" + committee,
            sheet(List.of(good, List.of("2026-07-03 07:30", "业务知识", second, "预备党员"))));
    assertEquals(200, ok.status(), ok.body());
    assertEquals(2, ok.json().getInt("imported"));
    String after = gongsi1.get("api/v1/messages?from=2026-07-01&to=2026-07-05").body();
    assertTrue(after.contains(first) && after.contains(second), after);
    assertTrue(
        after.contains("2026-07-02T00:00:00Z"), "08:00 Beijing, from the dated cell: " + after);
    // a branch secretary writes no messages; another company's committee is out of scope
    assertEquals(
        403,
        Api.as("shuji1")
            .postBytes("api/v1/messages/import?organizationId=" + committee, sheet(List.of(good)))
            .status());
    assertEquals(
        404,
        Api.as("gongsi2")
            .postBytes("api/v1/messages/import?organizationId=" + committee, sheet(List.of(good)))
            .status());
  }

  @Test
  void onAPhoneAnEditorImportsASpreadsheetAndSeesEachProblemWithItsRow() throws Exception {
    String code =
        Api.as("zuzhibu")
            .get("api/v1/organizations/" + TrainingIT.committeeOf(Api.as("shuji1")))
            .json()
            .getString("code");
    String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("messages-", ".xlsx");
    java.nio.file.Path good = java.nio.file.Files.createTempFile("messages-", ".xlsx");
    try {
      java.nio.file.Files.write(
          bad,
          sheet(
              List.of(
                  List.of("2026-07-04 08:00", "时事政治", "页面导入一" + tag),
                  List.of("2026-07-04", "党风廉政", "页面导入二" + tag))));
      java.nio.file.Files.write(
          good, sheet(List.of(List.of("2026-07-04 08:00", "时事政治", "页面导入一" + tag))));
      try (Browser b = new Browser(390, 844)) {
        b.login("gongsi1");
        b.open("education/messages.xhtml");
        b.driver.findElement(By.cssSelector("#importBox summary")).click();
        b.visible(By.id("import:importOrganization_input")).sendKeys(code);
        b.visible(By.cssSelector("#import\\:importOrganization_panel li")).click();
        b.driver.findElement(By.cssSelector("#import input[type=file]")).sendKeys(bad.toString());
        b.driver.findElement(By.id("import:importGo")).click();
        b.waitForText(By.id("importSummary"), "未导入");
        b.waitForText(By.id("import:problems"), "无法识别");
        b.screenshot("messages-import-problems-390");
        // the organization stays chosen: only the corrected file again
        b.driver.findElement(By.cssSelector("#import input[type=file]")).sendKeys(good.toString());
        b.driver.findElement(By.id("import:importGo")).click();
        b.waitForText(By.id("importSummary"), "已导入 1 条");
        b.screenshot("messages-import-done-390");
      }
    } finally {
      java.nio.file.Files.deleteIfExists(bad);
      java.nio.file.Files.deleteIfExists(good);
    }
    assertTrue(
        Api.as("gongsi1")
            .get("api/v1/messages?from=2026-07-01&to=2026-07-05")
            .body()
            .contains("页面导入一" + tag));
  }
}
