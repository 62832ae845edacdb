package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 民主评议: a new branch of 21 full members may grade at most 7 excellent; paper ballots are counted
 * and shown only once the poll is closed; 不合格 needs its follow-up; the grades go into the members'
 * histories and the register. In shuji1's branch, dangyuan1 assesses themselves and votes on a
 * phone, once and anonymously, and the secretary counts and decides in the browser. The clock is
 * fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class AppraisalIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long id(JsonObject o, String key) {
    return o.getJsonNumber(key).longValue();
  }

  /** A value the answer does not give (JSON-B leaves nulls out). */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String ballot(List<Long> members, String grade) {
    return "{\"grades\":["
        + members.stream()
            .map(m -> "{\"memberId\":" + m + ",\"grade\":\"" + grade + "\"}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  private static String line(long member, String grade, String followUp) {
    return "{\"memberId\":"
        + member
        + ",\"grade\":\""
        + grade
        + "\""
        + (followUp == null
            ? ""
            : ",\"followUp\":\"" + followUp + "\",\"followUpBy\":\"2026-12-31\"")
        + "}";
  }

  private static String decision(List<Long> members, int excellent, boolean lastUnqualified) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      boolean last = i == members.size() - 1;
      String grade =
          i < excellent ? "EXCELLENT" : last && lastUnqualified ? "UNQUALIFIED" : "QUALIFIED";
      lines.add(line(members.get(i), grade, null));
    }
    return "{\"grades\":[" + String.join(",", lines) + "]}";
  }

  @Test
  void twentyOneMembersMayHaveSevenExcellentAndTheDecisionGoesIntoTheirHistories() {
    Api gongsi1 = Api.as("gongsi1");
    long company = TrainingIT.committeeOf(Api.as("shuji1"));
    Api.Reply founded =
        gongsi1.post(
            "api/v1/organizations",
            "{\"code\":\"G01-93\",\"name\":\"评议试点党支部\",\"kind\":\"BRANCH\",\"parentId\":"
                + company
                + ",\"foundedOn\":\"2020-05-01\"}");
    assertEquals(201, founded.status(), founded.body());
    long branch = id(founded.json(), "id");
    List<Long> members = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      members.add(
          MemberApiIT.enrol(
              gongsi1,
              Api.as("shuji1"),
              branch,
              "评议" + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌".charAt(i),
              "14022219660715" + (101 + i),
              "1966-07-15"));
    }

    assertEquals(
        400,
        gongsi1
            .post("api/v1/appraisals", "{\"organizationId\":" + company + ",\"year\":2025}")
            .status(),
        "appraisals are the branches'");
    Api.Reply oldYear =
        gongsi1.post("api/v1/appraisals", "{\"organizationId\":" + branch + ",\"year\":2023}");
    assertEquals(400, oldYear.status(), oldYear.body());
    assertTrue(oldYear.body().contains("2025年或2026年"), oldYear.body());
    Api.Reply opened =
        gongsi1.post("api/v1/appraisals", "{\"organizationId\":" + branch + ",\"year\":2025}");
    assertEquals(201, opened.status(), opened.body());
    JsonObject a = opened.json();
    long appraisal = id(a, "id");
    assertEquals(21, a.getInt("members"));
    assertEquals(7, a.getInt("excellentLimit"));
    assertEquals(
        409,
        gongsi1
            .post("api/v1/appraisals", "{\"organizationId\":" + branch + ",\"year\":2025}")
            .status(),
        "once a year");
    assertEquals(404, Api.as("gongsi2").get("api/v1/appraisals/" + appraisal).status());
    assertEquals(404, Api.as("dangyuan1").get("api/v1/appraisals/" + appraisal).status());
    JsonObject overview =
        gongsi1.get("api/v1/appraisals?organizationId=" + company + "&year=2025").json();
    assertTrue(
        overview.getJsonArray("appraisals").stream()
            .anyMatch(s -> id(s.asJsonObject(), "organizationId") == branch));
    assertFalse(
        overview.getJsonArray("without").stream()
            .anyMatch(s -> id(s.asJsonObject(), "id") == branch));

    // paper ballots: counted, not shown while the poll is open; a ballot names members appraised
    String paper = "api/v1/appraisals/" + appraisal + "/paper-ballots";
    assertEquals(200, gongsi1.post(paper, ballot(members.subList(0, 3), "EXCELLENT")).status());
    Api.Reply second = gongsi1.post(paper, ballot(members.subList(0, 1), "QUALIFIED"));
    assertEquals(200, second.status(), second.body());
    assertEquals(2, second.json().getInt("paperBallots"));
    assertTrue(
        absent(second.json().getJsonArray("entries").getJsonObject(0), "votes"), "not while open");
    Api.Reply stranger =
        gongsi1.post(paper, ballot(List.of(Api.as("shuji1").memberId()), "QUALIFIED"));
    assertEquals(400, stranger.status(), stranger.body());
    assertTrue(stranger.body().contains("测评票无效"), stranger.body());
    Api.Reply self =
        gongsi1.post(
            "api/v1/appraisals/" + appraisal + "/self",
            "{\"memberId\":" + members.get(0) + ",\"text\":\"认真学习，带头完成生产任务。\"}");
    assertEquals(200, self.status(), self.body());

    Api.Reply early =
        gongsi1.post("api/v1/appraisals/" + appraisal + "/decision", decision(members, 7, false));
    assertEquals(409, early.status(), "the poll is counted first");
    Api.Reply counted = gongsi1.post("api/v1/appraisals/" + appraisal + "/count", "{}");
    assertEquals(200, counted.status(), counted.body());
    JsonObject votes =
        counted.json().getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> id(e, "memberId") == members.get(0))
            .findFirst()
            .orElseThrow()
            .getJsonObject("votes");
    assertEquals(1, votes.getInt("EXCELLENT"));
    assertEquals(1, votes.getInt("QUALIFIED"));
    assertEquals(409, gongsi1.post(paper, ballot(members.subList(0, 1), "QUALIFIED")).status());

    // at most 7 of 21; 不合格 with its follow-up
    String decide = "api/v1/appraisals/" + appraisal + "/decision";
    Api.Reply eight = gongsi1.post(decide, decision(members, 8, false));
    assertEquals(400, eight.status(), eight.body());
    assertTrue(eight.body().contains("21 名党员，优秀最多 7 名；现评定了 8 名"), eight.body());
    Api.Reply noFollowUp = gongsi1.post(decide, decision(members, 7, true));
    assertEquals(400, noFollowUp.status(), noFollowUp.body());
    assertTrue(noFollowUp.body().contains("请选择处置方式"), noFollowUp.body());
    String withFollowUp =
        decision(members, 7, true)
            .replace(
                line(members.get(20), "UNQUALIFIED", null),
                line(members.get(20), "UNQUALIFIED", "CORRECTION"));
    Api.Reply decided = gongsi1.post(decide, withFollowUp);
    assertEquals(200, decided.status(), decided.body());
    assertEquals("DECIDED", decided.json().getString("stage"));

    String history = gongsi1.get("api/v1/members/" + members.get(0) + "/history").body();
    assertTrue(history.contains("APPRAISAL") && history.contains("2025年度民主评议"), history);
    assertTrue(history.contains("优秀"), history);
    String failed = gongsi1.get("api/v1/members/" + members.get(20) + "/history").body();
    assertTrue(failed.contains("不合格") && failed.contains("限期改正"), failed);
    String register = gongsi1.get("api/v1/registers/2026?organizationId=" + branch).body();
    assertTrue(register.contains("APPRAISED"), register);
    JsonObject grades =
        gongsi1
            .get("api/v1/appraisals?organizationId=" + company + "&year=2025")
            .json()
            .getJsonArray("appraisals")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> id(s, "organizationId") == branch)
            .findFirst()
            .orElseThrow()
            .getJsonObject("grades");
    assertEquals(7, grades.getInt("EXCELLENT"));
    assertEquals(1, grades.getInt("UNQUALIFIED"));
  }

  @Test
  void aMemberAssessesAndVotesOnAPhoneOnceAnonymouslyAndTheSecretaryDecides() {
    Api shuji1 = Api.as("shuji1");
    Api dangyuan1 = Api.as("dangyuan1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long appraisal;
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/appraisals.xhtml?organizationId=" + branch + "&year=2026");
      b.click(By.id("pick:open"));
      b.waitForText(By.id("stage"), "自评、互评和测评中");
      String url = b.driver.getCurrentUrl();
      appraisal = Long.parseLong(url.substring(url.indexOf("id=") + 3));
    }
    JsonObject opened = shuji1.get("api/v1/appraisals/" + appraisal).json();
    int members = opened.getInt("members");
    long me = dangyuan1.memberId();

    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("appraisal.xhtml");
      b.visible(By.id("selfForm:selfText")).sendKeys("一年来坚持学习，在井下带班时注重安全。");
      b.click(By.id("selfForm:saveSelf"));
      b.waitForText(By.id("messages"), "自评已保存");
      List<WebElement> grades = b.driver.findElements(By.cssSelector("[id$=':ballotGrade']"));
      assertEquals(members - 1, grades.size(), "everyone but themselves");
      new Select(grades.get(0)).selectByVisibleText("优秀");
      new Select(b.driver.findElements(By.cssSelector("[id$=':ballotGrade']")).get(1))
          .selectByVisibleText("合格");
      b.click(By.id("ballotForm:vote"));
      b.waitForText(By.id("ballotHint"), "您已投票");
      b.screenshot("appraisal-member-390");
    }
    JsonObject mine = dangyuan1.get("api/v1/appraisals/" + appraisal).json();
    assertTrue(mine.getBoolean("voted"));
    assertEquals(1, mine.getInt("onlineBallots"));
    Api.Reply again =
        dangyuan1.post("api/v1/appraisals/" + appraisal + "/ballot", "{\"grades\":[]}");
    assertEquals(409, again.status(), again.body());
    assertTrue(again.body().contains("每人只能投一次"), again.body());
    JsonArray others = mine.getJsonArray("entries");
    assertTrue(
        others.stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> id(e, "memberId") != me)
            .allMatch(e -> absent(e, "grade") && absent(e, "votes")),
        "a member sees no one else's figures");

    // the log tells that dangyuan1 voted, not what; the appraisal tells no one who voted what
    String log =
        Api.as("shenji").get("api/v1/audit?entityType=Appraisal&entityId=" + appraisal).body();
    assertTrue(log.contains("参加民主测评投票"), log);
    assertFalse(log.contains("优秀") || log.contains("EXCELLENT"), log);
    String kept = shuji1.get("api/v1/appraisals/" + appraisal).body();
    assertTrue(kept.contains("\"onlineBallots\":1"), kept);
    assertFalse(kept.contains("\"voters\""), kept);

    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/appraisal.xhtml?id=" + appraisal);
      b.click(By.id("countForm:count"));
      b.waitForText(By.id("stage"), "测评已计票");
      List<WebElement> grades = b.driver.findElements(By.cssSelector("[id$=':grade']"));
      assertEquals(members, grades.size());
      for (int i = 0; i < members; i++) {
        new Select(b.driver.findElements(By.cssSelector("[id$=':grade']")).get(i))
            .selectByVisibleText("合格");
      }
      b.click(By.id("decisionForm:decide"));
      b.waitForText(By.id("stage"), "已评定");
      b.screenshot("appraisal-decided-1280");
    }
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("appraisal.xhtml");
      b.waitForText(By.id("myGrade"), "支部评定您的等次：合格");
      b.screenshot("appraisal-grade-390");
    }
    assertTrue(dangyuan1.get("api/v1/members/" + me + "/history").body().contains("2026年度民主评议"));
  }
}
