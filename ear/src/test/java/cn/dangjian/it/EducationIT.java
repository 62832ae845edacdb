package cn.dangjian.it;

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

/**
 * 五学 sessions and the study ledger (clock fixed at 2026-06-30): an organizer plans a session of a
 * mode its level may hold, records attendance afterwards, and those present are credited the hours
 * once; a member reads their own ledger, an organization its report, in name order.
 */
@ExtendWith(ArquillianExtension.class)
class EducationIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static String session(long org, String mode, String topic, String on, String hours) {
    return "{\"organizationId\":"
        + org
        + ",\"mode\":\""
        + mode
        + "\",\"topic\":\""
        + topic
        + "\",\"heldOn\":\""
        + on
        + "\",\"hours\":"
        + hours
        + ",\"speaker\":\"支部书记\",\"place\":\"综采一队会议室\"}";
  }

  private static BigDecimal studied(Api who) {
    Api.Reply r = who.get("api/v1/ledger/me?year=2026");
    assertEquals(200, r.status(), r.body());
    return r.json().getJsonNumber("studied").bigDecimalValue();
  }

  private static Api.Reply mark(Api who, long id, String marks) {
    Api.Reply current = who.get("api/v1/study-sessions/" + id);
    assertEquals(200, current.status(), current.body());
    return who.put(
        "api/v1/study-sessions/" + id + "/attendance", current.etag(), "{\"marks\":" + marks + "}");
  }

  @Test
  void attendanceRecordedAfterTheSessionCreditsItsHoursOnce() {
    Api shuji1 = Api.as("shuji1");
    Api dangyuan1 = Api.as("dangyuan1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long member = dangyuan1.memberId();
    BigDecimal before = studied(dangyuan1);

    Api.Reply planned =
        shuji1.post(
            "api/v1/study-sessions",
            session(branch, "BRANCH_SCHEDULED", "学习党章第一章", "2026-06-20", "2.5"));
    assertEquals(201, planned.status(), planned.body());
    long id = planned.json().getJsonNumber("id").longValue();
    assertTrue(
        planned.json().getJsonArray("attendees").stream()
            .anyMatch(a -> a.asJsonObject().getJsonNumber("memberId").longValue() == member),
        "the branch's members are on the sheet");

    Api.Reply noReason =
        mark(shuji1, id, "[{\"memberId\":" + member + ",\"presence\":\"EXCUSED\"}]");
    assertEquals(400, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("请假须写明事由"), noReason.body());
    assertEquals(before, studied(dangyuan1), "nothing written");

    String present = "[{\"memberId\":" + member + ",\"presence\":\"PRESENT\"}]";
    assertEquals(200, mark(shuji1, id, present).status());
    assertEquals(before.add(new BigDecimal("2.5")), studied(dangyuan1));
    assertEquals(200, mark(shuji1, id, present).status(), "recorded again");
    assertEquals(before.add(new BigDecimal("2.5")), studied(dangyuan1), "credited once");
    assertTrue(
        dangyuan1.get("api/v1/ledger/me?year=2026").json().getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("title").equals("学习党章第一章")));

    Api.Reply stale =
        shuji1.put(
            "api/v1/study-sessions/" + id + "/attendance",
            planned.etag(),
            "{\"marks\":" + present + "}");
    assertEquals(409, stale.status(), stale.body());

    assertEquals(
        200,
        mark(
                shuji1,
                id,
                "[{\"memberId\":" + member + ",\"presence\":\"EXCUSED\",\"reason\":\"井下当班\"}]")
            .status());
    assertEquals(before, studied(dangyuan1), "an excuse credits nothing");
  }

  @Test
  void aModeFollowsTheLevelAndAttendanceWaitsForTheDay() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    Api.Reply central =
        shuji1.post(
            "api/v1/study-sessions", session(branch, "CENTRAL_GROUP", "中心组学习", "2026-06-20", "2"));
    assertEquals(400, central.status(), central.body());
    assertTrue(
        central.body().contains("党委中心组引领学") && central.body().contains("不能由"), central.body());

    Api.Reply bad =
        shuji1.post(
            "api/v1/study-sessions", session(branch, "BRANCH_SCHEDULED", "", "2026-06-20", "9"));
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("\"topic\"") && bad.body().contains("\"hours\""), bad.body());

    Api.Reply future =
        shuji1.post(
            "api/v1/study-sessions",
            session(branch, "EXPERT_LECTURE", "专家讲安全生产", "2026-07-15", "3"));
    assertEquals(201, future.status(), future.body());
    long id = future.json().getJsonNumber("id").longValue();
    Api.Reply early =
        mark(
            shuji1,
            id,
            "[{\"memberId\":" + Api.as("dangyuan1").memberId() + ",\"presence\":\"PRESENT\"}]");
    assertEquals(400, early.status(), early.body());
    assertTrue(early.body().contains("举行之后才能登记出勤"), early.body());
  }

  @Test
  void sessionsAndLedgersStayInTheirScope() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long id =
        shuji1
            .post(
                "api/v1/study-sessions",
                session(branch, "BRANCH_SCHEDULED", "范围内的学习", "2026-06-21", "1"))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(404, Api.as("shuji2").get("api/v1/study-sessions/" + id).status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/ledger?org=" + branch).status());
    Api dangyuan1 = Api.as("dangyuan1");
    assertEquals(403, dangyuan1.get("api/v1/ledger?org=" + branch).status());
    assertEquals(403, dangyuan1.get("api/v1/study-sessions/" + id).status());
    Api.Reply other =
        mark(
            shuji1,
            id,
            "[{\"memberId\":" + Api.as("shuji2").memberId() + ",\"presence\":\"PRESENT\"}]");
    assertEquals(404, other.status(), "another company's member is not found: " + other.body());

    long plain = MemberApiIT.enrol(shuji1, shuji1, "学时甲", "14031119910404041", "1991-04-04");
    var rows = Api.as("gongsi1").get("api/v1/ledger?year=2026&org=" + branch).parse().asJsonArray();
    JsonObject member =
        rows.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("memberId").longValue() == plain)
            .findFirst()
            .orElseThrow();
    assertEquals(32, member.getInt("minimum"), "a member without a post studies 32 hours");
    assertEquals(32, member.getInt("remaining"));
    JsonObject secretary =
        rows.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("memberId").longValue() == shuji1.memberId())
            .findFirst()
            .orElseThrow();
    assertEquals(56, secretary.getInt("minimum"), "a branch secretary studies 56 hours");
    assertEquals(400, Api.as("gongsi1").get("api/v1/ledger").status(), "which organization");

    Api shenji = Api.as("shenji");
    int exports =
        shenji
            .get("api/v1/audit?entityType=StudyLedger&action=EXPORT&max=500")
            .parse()
            .asJsonArray()
            .size();
    Api.Reply csv =
        Api.as("gongsi1").getFile("api/v1/ledger/export?format=CSV&year=2026&org=" + branch);
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.body().contains("已学学时") && csv.body().contains("学时甲"), csv.body());
    assertEquals(
        exports + 1,
        shenji
            .get("api/v1/audit?entityType=StudyLedger&action=EXPORT&max=500")
            .parse()
            .asJsonArray()
            .size(),
        "the export is audited");
    assertEquals(404, Api.as("gongsi2").getFile("api/v1/ledger/export?org=" + branch).status());
  }

  @Test
  void inTheBrowserTheOrganizerRecordsAttendanceAndTheMemberSeesTheHoursOnAPhone() {
    Api shuji1 = Api.as("shuji1");
    long id =
        shuji1
            .post(
                "api/v1/study-sessions",
                session(
                    RecruitmentIT.branchOf(shuji1),
                    "BRANCH_SCHEDULED",
                    "手机上看学时",
                    "2026-06-22",
                    "1.5"))
            .json()
            .getJsonNumber("id")
            .longValue();
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("education/session.xhtml?id=" + id);
      b.visible(By.id("sheet:allPresent")).click();
      b.wait.until(
          d ->
              d.findElements(By.cssSelector("select[id$=':presence']")).stream()
                  .allMatch(s -> !s.getAttribute("value").isEmpty()));
      b.driver.findElement(By.id("sheet:save")).click();
      b.waitForText(By.id("messages"), "出勤已保存");
      assertTrue(b.driver.getCurrentUrl().contains("id=" + id), b.driver.getCurrentUrl());
      b.screenshot("education-attendance-390");
    }
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("education/");
      b.waitForText(By.id("ledger"), "手机上看学时");
      assertTrue(b.visible(By.id("hours")).getText().contains("全年要求不少于"), "the minimum is named");
      b.screenshot("education-ledger-390");
    }
  }
}
