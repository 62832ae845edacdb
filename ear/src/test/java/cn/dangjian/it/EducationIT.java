package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /** The member's hours as the organization's report has them: the yearly sum kept with entries. */
  static BigDecimal reported(Api organizer, long branch, long member) {
    return organizer
        .get("api/v1/ledger?year=2026&max=500&org=" + branch)
        .json()
        .getJsonArray("rows")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("memberId").longValue() == member)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("studied")
        .bigDecimalValue();
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
    assertEquals(0, studied(dangyuan1).compareTo(reported(shuji1, branch, member)));
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
    assertEquals(0, before.compareTo(reported(shuji1, branch, member)), "the yearly sum follows");
  }

  private static boolean upcomingFor(Api member, long session) {
    return member.get("api/v1/study-sessions/upcoming").parse().asJsonArray().stream()
        .anyMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == session);
  }

  @Test
  void aSessionExpectsAKindOfMembersOrPeoplePickedAndOnlyTheyHaveItOnTheirList() {
    Api shuji1 = Api.as("shuji1");
    Api dangyuan1 = Api.as("dangyuan1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String base = session(branch, "BRANCH_SCHEDULED", "支委学习", "2026-07-06", "1");
    Api.Reply leaders =
        shuji1.post("api/v1/study-sessions", base.replace("}", ",\"expected\":\"LEADERS\"}"));
    assertEquals(201, leaders.status(), leaders.body());
    long forLeaders = leaders.json().getJsonNumber("id").longValue();
    assertEquals("LEADERS", leaders.json().getString("expected"));
    long plain = MemberApiIT.enrol(shuji1, shuji1, "学时乙", "14031119920505052", "1992-05-05");
    // dangyuan1 sits on the branch committee: a leader; a member without a post is not one
    var sheet =
        shuji1.get("api/v1/study-sessions/" + forLeaders).json().getJsonArray("attendees").stream()
            .map(a -> a.asJsonObject().getJsonNumber("memberId").longValue())
            .toList();
    assertTrue(sheet.contains(dangyuan1.memberId()) && !sheet.contains(plain), sheet.toString());
    assertTrue(upcomingFor(shuji1, forLeaders), "the secretary is expected");
    assertTrue(upcomingFor(dangyuan1, forLeaders), "so is a committee member");
    Api.Reply probationary =
        shuji1.post(
            "api/v1/study-sessions",
            base.replace("支委学习", "预备党员学习").replace("}", ",\"expected\":\"PROBATIONARY\"}"));
    assertEquals(201, probationary.status(), probationary.body());
    assertFalse(
        upcomingFor(dangyuan1, probationary.json().getJsonNumber("id").longValue()),
        "a full member is not expected at the probationary members' study");

    Api.Reply picked =
        shuji1.post(
            "api/v1/study-sessions",
            base.replace("支委学习", "个别辅导")
                .replace("}", ",\"picked\":[" + dangyuan1.memberId() + "]}"));
    assertEquals(201, picked.status(), picked.body());
    long forOne = picked.json().getJsonNumber("id").longValue();
    assertEquals(1, picked.json().getJsonArray("attendees").size());
    assertTrue(upcomingFor(dangyuan1, forOne));
    assertFalse(upcomingFor(shuji1, forOne), "picked by name: only those picked");
    Api.Reply elsewhere =
        shuji1.post(
            "api/v1/study-sessions",
            base.replace("}", ",\"picked\":[" + Api.as("shuji2").memberId() + "]}"));
    assertEquals(404, elsewhere.status(), "someone outside the scope cannot be picked");
  }

  /** A branch founded under gongsi1's committee, of the offices (机关) or not. */
  private static long found(String code, boolean office) {
    Api gongsi1 = Api.as("gongsi1");
    Api.Reply r =
        gongsi1.post(
            "api/v1/organizations",
            "{\"code\":\""
                + code
                + "\",\"name\":\""
                + (office ? "学习机关党支部" : "学习生产党支部")
                + "\",\"kind\":\"BRANCH\",\"parentId\":"
                + TrainingIT.committeeOf(Api.as("shuji1"))
                + ",\"office\":"
                + office
                + "}");
    assertEquals(201, r.status(), r.body());
    assertEquals(office, r.json().getBoolean("office"));
    return r.json().getJsonNumber("id").longValue();
  }

  @Test
  void aLargeOrganizationReportsItsTallyAndASmallOneIsCountedForEachAnswer() {
    // the tests' server tallies organizations above 5 members, counted again on every read
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long committee = TrainingIT.committeeOf(shuji1);
    long small = found("EDU-TL1", false);
    long member =
        MemberApiIT.enrol(gongsi1, shuji1, small, "小支部甲", "14031119920505051", "1992-05-05");
    long id =
        gongsi1
            .post(
                "api/v1/study-sessions",
                session(small, "BRANCH_SCHEDULED", "小支部学习", "2026-06-20", "2"))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        200,
        mark(gongsi1, id, "[{\"memberId\":" + member + ",\"presence\":\"PRESENT\"}]").status());

    JsonObject live = gongsi1.get("api/v1/ledger?year=2026&org=" + small).json();
    assertFalse(live.containsKey("talliedAt"), "counted for this answer: " + live);
    assertEquals(1, live.getJsonObject("figures").getInt("members"));
    assertEquals(2, live.getJsonObject("figures").getJsonNumber("hours").intValue());
    assertEquals(1, live.getJsonObject("figures").getInt("shortOf"));
    JsonObject quiet = gongsi1.get("api/v1/ledger/coverage?org=" + small).json();
    assertEquals(0, quiet.getInt("count"), "studied this quarter: " + quiet);
    assertFalse(quiet.containsKey("talliedAt"));

    JsonObject tallied = gongsi1.get("api/v1/ledger?year=2026&max=1&org=" + committee).json();
    assertTrue(tallied.containsKey("talliedAt"), tallied.toString());
    assertTrue(tallied.getJsonObject("figures").getInt("members") > 5);
    JsonObject mine =
        tallied.getJsonArray("under").stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> u.getJsonNumber("organizationId").longValue() == small)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the new branch is in the tally: " + tallied))
            .getJsonObject("figures");
    assertEquals(1, mine.getInt("members"), "the tally has the member enrolled a moment ago");
    assertEquals(2, mine.getJsonNumber("hours").intValue(), "and the hours just credited");
    assertEquals(0, mine.getInt("none"));
    JsonObject coverage = gongsi1.get("api/v1/ledger/coverage?org=" + committee).json();
    assertTrue(coverage.containsKey("talliedAt"), coverage.toString());
    assertTrue(coverage.getJsonArray("first").isEmpty(), "counts per organization, not names");
    JsonObject branch =
        coverage.getJsonArray("under").stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> u.getJsonNumber("organizationId").longValue() == small)
            .findFirst()
            .orElseThrow(() -> new AssertionError(coverage.toString()));
    assertEquals(1, branch.getInt("members"));
    assertEquals(0, branch.getInt("without"), "the member studied this quarter");
  }

  @Test
  void halfHourStudyIsTheOfficesOnly() {
    Api gongsi1 = Api.as("gongsi1");
    long office = found("EDU-JG1", true);
    long production = found("EDU-SC1", false);
    Api.Reply held =
        gongsi1.post(
            "api/v1/study-sessions",
            session(office, "OFFICE_HALF_HOUR", "每日半小时", "2026-06-25", "0.5"));
    assertEquals(201, held.status(), held.body());
    Api.Reply refused =
        gongsi1.post(
            "api/v1/study-sessions",
            session(production, "OFFICE_HALF_HOUR", "每日半小时", "2026-06-25", "0.5"));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("机关半小时积累学"), refused.body());
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
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    Api.Reply scan =
        shuji1.postBytes(
            "api/v1/study-sessions/" + id + "/materials?fileName=签到表.png", "image/png", png);
    assertEquals(201, scan.status(), scan.body());
    String material =
        "api/v1/study-sessions/" + id + "/materials/" + scan.json().getJsonNumber("id").longValue();
    assertEquals(
        "签到表.png",
        shuji1
            .get("api/v1/study-sessions/" + id)
            .json()
            .getJsonArray("materials")
            .getJsonObject(0)
            .getString("fileName"));
    assertEquals(
        200, Api.as("dangyuan1").getFile(material).status(), "an expected member reads it");
    assertEquals(404, Api.as("shuji2").getFile(material).status());
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
    JsonObject report =
        Api.as("gongsi1").get("api/v1/ledger?year=2026&max=500&org=" + branch).json();
    var rows = report.getJsonArray("rows");
    assertEquals(report.getJsonObject("figures").getInt("members"), rows.size());
    assertTrue(report.getJsonObject("figures").getInt("none") >= 1, report.toString());
    assertTrue(
        Api.as("gongsi1")
            .get("api/v1/ledger?year=2026&short=true&max=500&org=" + branch)
            .json()
            .getJsonArray("rows")
            .stream()
            .anyMatch(r -> r.asJsonObject().getJsonNumber("memberId").longValue() == plain),
        "a member without hours is short of the minimum");
    JsonObject coverage = Api.as("gongsi1").get("api/v1/ledger/coverage?org=" + branch).json();
    assertTrue(
        coverage.getJsonArray("first").stream()
            .anyMatch(r -> r.asJsonObject().getString("name").equals("学时甲")),
        coverage.toString());
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
    assertEquals(
        201,
        shuji1
            .post(
                "api/v1/study-sessions",
                session(
                    RecruitmentIT.branchOf(shuji1),
                    "BRANCH_SCHEDULED",
                    "下周的定时学",
                    "2026-07-03",
                    "1"))
            .status());
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("education/");
      b.waitForText(By.id("ledger"), "手机上看学时");
      b.waitForText(By.id("upcoming"), "下周的定时学");
      assertEquals(12, b.driver.findElements(By.cssSelector("#months .dj-month")).size());
      assertTrue(b.visible(By.id("hours")).getText().contains("全年要求不少于"), "the minimum is named");
      b.screenshot("education-ledger-390");
    }
  }
}
