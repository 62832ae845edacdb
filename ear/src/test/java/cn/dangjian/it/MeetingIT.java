package cn.dangjian.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 三会一课 through the API and the page: a meeting recorded afterwards with who was there, each kind's
 * periods held or overdue, a party lesson crediting its hours, a committee's overview, and only the
 * branch's own committees recording. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long member(String name, String first17) {
    return MemberApiIT.inShuji1sBranch(name, first17);
  }

  private static String meeting(
      long org, String kind, String heldOn, String hours, String attendance) {
    return "{\"organizationId\":"
        + org
        + ",\"kind\":\""
        + kind
        + "\",\"heldOn\":\""
        + heldOn
        + "\",\"topic\":\"学习贯彻全会精神\",\"minutes\":\"会议议程：一、传达学习；二、讨论。\""
        + (hours == null ? "" : ",\"hours\":" + hours + ",\"lecturer\":\"支部书记\"")
        + ",\"attendance\":["
        + attendance
        + "]}";
  }

  private static String mark(long member, String presence, String reason) {
    return "{\"memberId\":"
        + member
        + ",\"presence\":\""
        + presence
        + "\""
        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
        + "}";
  }

  private static JsonObject kind(JsonObject plan, String kind) {
    return plan.getJsonArray("kinds").stream()
        .map(JsonValue::asJsonObject)
        .filter(k -> k.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError(plan.toString()));
  }

  private static JsonObject slot(JsonObject kind, String period) {
    return kind.getJsonArray("slots").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("period").equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind.toString()));
  }

  private static JsonObject plan(Api who, long org) {
    Api.Reply r = who.get("api/v1/meetings/plans/2026?organizationId=" + org);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  @Test
  void aMeetingRecordedWithItsAttendanceFillsItsPeriodAndTheRestAreOverdueOrDue() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long a = member("会议甲", "14022219800101011");
    long b = member("会议乙", "14022219810202022");
    JsonObject before = kind(plan(shuji1, branch), "THEME_DAY");
    Api.Reply r =
        shuji1.post(
            "api/v1/meetings",
            meeting(
                branch,
                "THEME_DAY",
                "2026-05-20",
                null,
                mark(a, "PRESENT", null) + "," + mark(b, "EXCUSED", "井下当班")));
    assertEquals(201, r.status(), r.body());
    JsonObject m = r.json();
    assertEquals(1, m.getInt("present"));
    assertEquals(1, m.getInt("excused"));
    assertTrue(m.toString().contains("井下当班") && m.toString().contains("会议乙"), m.toString());

    JsonObject after = kind(plan(shuji1, branch), "THEME_DAY");
    assertEquals(before.getInt("held") + 1, after.getInt("held"));
    assertEquals("HELD", slot(after, "2026-05").getString("state"));
    // the 30th of June is still June's: due, not overdue; July is ahead
    String june = slot(after, "2026-06").getString("state");
    assertTrue(june.equals("DUE") || june.equals("HELD"), june);
    assertEquals("AHEAD", slot(after, "2026-07").getString("state"));
    JsonObject general = kind(plan(shuji1, branch), "GENERAL_MEETING");
    assertEquals(4, general.getJsonArray("slots").size(), "quarterly");
    assertEquals("2026-Q2", general.getJsonArray("slots").getJsonObject(1).getString("period"));
    assertEquals(1, kind(plan(shuji1, branch), "PARTY_LESSON").getJsonArray("slots").size());
  }

  @Test
  void aMeetingKeepsItsPapersWhichOnlyThoseWhoSeeItOpen() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long a = member("会议文件甲", "14022219850505055");
    Api.Reply r =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "GENERAL_MEETING", "2026-04-15", null, mark(a, "PRESENT", null)));
    assertEquals(201, r.status(), r.body());
    long id = r.json().getJsonNumber("id").longValue();
    assertEquals(0, r.json().getJsonArray("files").size());

    byte[] pdf = "%PDF-1.4\n% 会议记录\n".getBytes(UTF_8);
    String files = "api/v1/meetings/" + id + "/files";
    Api.Reply filed = shuji1.postBytes(files + "?fileName=会议记录.pdf", "application/pdf", pdf);
    assertEquals(201, filed.status(), filed.body());
    String file = files + "/" + filed.json().getJsonNumber("id").longValue();
    Api.Download back = shuji1.download(file);
    assertEquals(200, back.status());
    assertTrue(back.contentType().startsWith("application/pdf"), back.contentType());
    assertEquals(new String(pdf, UTF_8), new String(back.bytes(), UTF_8));

    Api.Reply text =
        shuji1.postBytes(
            files + "?fileName=记录.txt", "application/octet-stream", "记录".getBytes(UTF_8));
    assertEquals(400, text.status(), text.body());
    assertTrue(text.body().contains("\"file\""), text.body());
    assertEquals(404, Api.as("gongsi2").download(file).status());
    assertEquals(
        404,
        Api.as("gongsi2").postBytes(files + "?fileName=x.pdf", "application/pdf", pdf).status());
    assertEquals(200, Api.as("gongsi1").download(file).status(), "the committee above sees it");

    JsonObject listed =
        plan(shuji1, branch).getJsonArray("meetings").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals("会议记录.pdf", listed.getJsonArray("files").getJsonObject(0).getString("fileName"));
  }

  @Test
  void aPartyLessonCreditsItsHoursToThoseThere() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long c = member("党课丙", "14022219820303033");
    long d = member("党课丁", "14022219830404044");
    Api.Reply noHours =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "PARTY_LESSON", "2026-06-18", null, mark(c, "PRESENT", null)));
    assertEquals(400, noHours.status(), noHours.body());
    assertTrue(noHours.body().contains("\"hours\""), noHours.body());
    Api.Reply lesson =
        shuji1.post(
            "api/v1/meetings",
            meeting(
                branch,
                "PARTY_LESSON",
                "2026-06-18",
                "2.5",
                mark(c, "PRESENT", null) + "," + mark(d, "ABSENT", null)));
    assertEquals(201, lesson.status(), lesson.body());
    assertEquals(new BigDecimal("2.5"), EducationIT.reported(shuji1, branch, c));
    assertEquals(0, BigDecimal.ZERO.compareTo(EducationIT.reported(shuji1, branch, d)));

    // corrected: 党课丁 was there after all, and the lesson lasted 3 hours
    String corrected =
        meeting(
            branch,
            "PARTY_LESSON",
            "2026-06-18",
            "3",
            mark(c, "PRESENT", null) + "," + mark(d, "PRESENT", null));
    String at = "api/v1/meetings/" + lesson.json().getJsonNumber("id").longValue();
    assertEquals(404, Api.as("gongsi2").put(at, null, corrected).status());
    Api.Reply elsewhere =
        shuji1.put(
            at,
            null,
            corrected.replace(
                "\"organizationId\":" + branch, "\"organizationId\":" + (branch + 1)));
    assertEquals(400, elsewhere.status(), elsewhere.body());
    assertTrue(elsewhere.body().contains("不能改为其他党组织"), elsewhere.body());
    Api.Reply fixed = shuji1.put(at, null, corrected);
    assertEquals(200, fixed.status(), fixed.body());
    assertEquals(2, fixed.json().getInt("present"));
    assertEquals("shuji1", fixed.json().getString("correctedBy"));
    assertEquals(0, new BigDecimal("3").compareTo(EducationIT.reported(shuji1, branch, c)));
    assertEquals(0, new BigDecimal("3").compareTo(EducationIT.reported(shuji1, branch, d)));
  }

  @Test
  void badInputIsA400WithTheFieldAndOnlyTheBranchsCommitteesRecord() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long e = member("会议戊", "14022219840505055");
    long outsider = Api.as("shuji2").memberId();
    Api.Reply future =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "THEME_DAY", "2026-07-01", null, mark(e, "PRESENT", null)));
    assertEquals(400, future.status(), future.body());
    assertTrue(
        future.body().contains("\"heldOn\"") && future.body().contains("不能晚于今天"), future.body());
    Api.Reply stranger =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "THEME_DAY", "2026-06-01", null, mark(outsider, "PRESENT", null)));
    assertEquals(400, stranger.status(), stranger.body());
    assertTrue(stranger.body().contains("本组织的党员"), stranger.body());
    Api.Reply noReason =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "THEME_DAY", "2026-06-01", null, mark(e, "EXCUSED", null)));
    assertEquals(400, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("请假须写明事由"), noReason.body());
    Api.Reply groupAtBranch =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "GROUP_MEETING", "2026-06-01", null, mark(e, "PRESENT", null)));
    assertEquals(400, groupAtBranch.status(), groupAtBranch.body());
    assertTrue(groupAtBranch.body().contains("党小组会由党小组召开"), groupAtBranch.body());
    String ok = meeting(branch, "THEME_DAY", "2026-06-01", null, mark(e, "PRESENT", null));
    assertEquals(403, Api.as("dangyuan1").post("api/v1/meetings", ok).status());
    assertEquals(404, Api.as("gongsi2").post("api/v1/meetings", ok).status());
    assertEquals(
        400, shuji1.get("api/v1/meetings/plans/2026").status(), "the organization is required");
  }

  @Test
  void aCommitteeSeesWhichOfItsBranchesAreOverdueAndRanksNone() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long committee =
        Api.as("zuzhibu")
            .get("api/v1/organizations/" + branch)
            .json()
            .getJsonNumber("parentId")
            .longValue();
    String path = "api/v1/meetings/overviews/2026?organizationId=" + committee;
    assertEquals(403, shuji1.get(path).status());
    Api.Reply r = Api.as("gongsi1").get(path);
    assertEquals(200, r.status(), r.body());
    JsonObject mine =
        r.json().getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getJsonNumber("organizationId").longValue() == branch)
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.body()));
    JsonObject plan = plan(shuji1, branch);
    int overdue =
        plan.getJsonArray("kinds").stream().mapToInt(k -> k.asJsonObject().getInt("overdue")).sum();
    int listed =
        mine.getJsonObject("overdue").values().stream()
            .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue())
            .sum();
    assertEquals(overdue, listed, "the overview counts what the branch's plan shows");
    String code =
        Api.as("zuzhibu").get("api/v1/organizations/" + committee).json().getString("code");
    String branchName =
        Api.as("zuzhibu").get("api/v1/organizations/" + branch).json().getString("name");
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("members/meetings.xhtml");
      b.pickOrganization("pick:organization", code);
      b.driver.findElement(By.id("pick:show")).click();
      b.waitForText(By.id("overviewForm:overview"), branchName);
      b.screenshot("meetings-overview-1280");
    }
  }

  @Test
  void onAPhoneASecretaryRecordsAMeetingWithAttendance() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String code = Api.as("zuzhibu").get("api/v1/organizations/" + branch).json().getString("code");
    member("手机参会", "14022219850606066");
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/meetings.xhtml");
      b.pickOrganization("pick:organization", code);
      b.driver.findElement(By.id("pick:show")).click();
      b.waitForText(By.id("plan"), "支部委员会");
      new Select(b.visible(By.id("record:kind"))).selectByVisibleText("支部委员会");
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = '2026-06-05';", b.driver.findElement(By.id("record:heldOn")));
      b.driver.findElement(By.id("record:topic")).sendKeys("研究七月主题党日安排");
      WebElement row =
          b.driver.findElements(By.cssSelector("#record\\:attendance tbody tr")).stream()
              .filter(r -> r.getText().contains("手机参会"))
              .findFirst()
              .orElseThrow();
      new Select(row.findElement(By.cssSelector("select.presence"))).selectByVisibleText("请假");
      row.findElement(By.cssSelector("input.reason")).sendKeys("外出培训");
      b.driver.findElement(By.id("record:save")).click();
      b.waitForText(By.id("messages"), "已记录支部委员会");
      assertTrue(b.waitForText(By.id("meetings"), "研究七月主题党日安排").contains("请假 1"));
      b.screenshot("meetings-390");

      WebElement recorded =
          b.driver.findElements(By.cssSelector("#meetings tbody tr")).stream()
              .filter(r -> r.getText().contains("研究七月主题党日安排"))
              .findFirst()
              .orElseThrow();
      recorded.findElement(By.cssSelector("a[id$=':edit']")).click();
      b.waitForText(By.id("recordHeading"), "更正会议记录");
      WebElement topic = b.visible(By.id("record:topic"));
      assertEquals("研究七月主题党日安排", topic.getAttribute("value"));
      topic.clear();
      topic.sendKeys("研究七月主题党日和党费收缴");
      b.click(By.id("record:save"));
      b.waitForText(By.id("messages"), "已更正支部委员会");
      assertTrue(b.waitForText(By.id("meetings"), "研究七月主题党日和党费收缴").contains("shuji1 更正过"));
    }
    JsonObject june = slot(kind(plan(shuji1, branch), "COMMITTEE_MEETING"), "2026-06");
    assertEquals("HELD", june.getString("state"));
  }

  /** The texts of the notices in the person's inbox. */
  private static String notices(Api who) {
    return who
        .get("api/v1/messages/inbox?max=100&category=NOTICE")
        .json()
        .getJsonArray("items")
        .stream()
        .map(i -> i.asJsonObject().getString("text"))
        .filter(t -> t.contains("三会一课提醒"))
        .toList()
        .toString();
  }

  @Test
  void nearAPeriodsEndTheBranchIsRemindedOnceOfWhatIsNotYetHeld() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long f = member("提醒己", "14022219860707077");
    Api.Reply june =
        shuji1.post(
            "api/v1/meetings",
            meeting(branch, "THEME_DAY", "2026-06-26", null, mark(f, "PRESENT", null)));
    assertEquals(201, june.status(), june.body());
    assertEquals(403, shuji1.post("api/v1/meetings/reminders", "{}").status(), "the group admin's");
    Api zuzhibu = Api.as("zuzhibu");
    String general =
        slot(kind(plan(shuji1, branch), "GENERAL_MEETING"), "2026-Q2").getString("state");
    Api.Reply run = zuzhibu.post("api/v1/meetings/reminders", "{}");
    assertEquals(200, run.status(), run.body());
    assertTrue(run.json().getInt("organizations") > 0, "the demo's branches without meetings");
    // the 30th of June closes a month and a quarter: the quarter's general meeting is recalled
    // unless held; the theme party day was held; the year's party lesson waits for December
    String told = notices(shuji1);
    String name = zuzhibu.get("api/v1/organizations/" + branch).json().getString("name");
    assertEquals(
        !general.equals("HELD"),
        told.contains(name) && told.contains("支部党员大会（2026-Q2，2026-06-30 前）"),
        general + " " + told);
    assertTrue(!told.contains("主题党日（2026-06") && !told.contains("党课（2026"), told);
    Api.Reply again = zuzhibu.post("api/v1/meetings/reminders", "{}");
    assertEquals(0, again.json().getInt("organizations"), "once per period");
    assertEquals(told, notices(shuji1));
  }
}
