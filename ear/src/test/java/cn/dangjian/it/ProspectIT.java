package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.CitizenId;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 拓源头 and 把关口: a branch keeps people in sight before they apply, each guided by one of its full
 * members, with talks, activities and the opinions of people inside and outside the party; the
 * pool's make-up is shown against the goal; the application opens the case with that history, and
 * the steps that decide show the opinions. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class ProspectIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static String person(
      String name, String first17, String birth, boolean frontline, long guide, long branch) {
    String id = RecruitmentIT.citizenId(first17);
    return "{\"name\":\""
        + name
        + "\",\"sex\":\""
        + CitizenId.sex(id).name()
        + "\",\"citizenId\":\""
        + id
        + "\",\"ethnicity\":\"汉族\",\"birthDate\":\""
        + birth
        + "\",\"education\":\"TECHNICAL_SECONDARY\",\"jobPost\":\"综采班班长\",\"frontline\":"
        + frontline
        + ",\"teamLeader\":true,\"guideId\":"
        + guide
        + ",\"since\":\"2026-03-01\",\"organizationId\":"
        + branch
        + "}";
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static JsonObject created(Api.Reply r) {
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  private static JsonObject ok(Api.Reply r) {
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static JsonObject pool(Api who, long org) {
    return ok(who.get("api/v1/prospects?organizationId=" + org));
  }

  private static void fieldRefused(Api.Reply r, String field) {
    assertEquals(400, r.status(), r.body());
    assertTrue(r.body().contains("\"" + field + "\""), r.body());
  }

  @Test
  void aPersonInSightIsGuidedAndHeardAndTheirApplicationOpensTheCaseWithThatHistory() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long guide = shuji1.memberId();
    JsonObject before = pool(shuji1, branch);

    JsonObject young =
        created(
            shuji1.post(
                "api/v1/prospects",
                person("视野甲", "14072419980101101", "1998-01-01", true, guide, branch)));
    created(
        shuji1.post(
            "api/v1/prospects",
            person("视野乙", "14072419700202102", "1970-02-02", false, guide, branch)));
    assertEquals("IN_SIGHT", young.getString("state"));
    assertTrue(
        young.getJsonArray("sources").toString().contains("YOUNG")
            && young.getJsonArray("sources").toString().contains("FRONTLINE"),
        young.toString());
    JsonObject after = pool(shuji1, branch);
    assertEquals(before.getInt("inSight") + 2, after.getInt("inSight"));
    assertEquals(
        before.getInt("counted") + 1,
        after.getInt("counted"),
        "only the young frontline worker counts toward the goal (a team leader of 56 does not)");
    assertEquals(75, after.getInt("goalPercent"));
    assertEquals(
        after.getInt("counted") * 100 < 75 * after.getInt("inSight"),
        after.getBoolean("belowGoal"));

    assertEquals(
        409,
        shuji1
            .post(
                "api/v1/prospects",
                person("视野甲", "14072419980101101", "1998-01-01", true, guide, branch))
            .status(),
        "one person is in one branch's sight once");
    Api shuji2 = Api.as("shuji2");
    Api.Reply elsewhere =
        Api.as("gongsi2")
            .post(
                "api/v1/prospects",
                person(
                    "视野甲",
                    "14072419980101101",
                    "1998-01-01",
                    true,
                    shuji2.memberId(),
                    RecruitmentIT.branchOf(shuji2)));
    assertEquals(409, elsewhere.status(), elsewhere.body());
    assertTrue(
        elsewhere.body().contains("其他党组织") && !elsewhere.body().contains("综采"),
        "another company learns the person is in sight, not where: " + elsewhere.body());
    fieldRefused(
        shuji1.post(
            "api/v1/prospects",
            person("视野丙", "14072419980303103", "1998-03-03", true, guide, branch)
                .replace("\"since\":\"2026-03-01\"", "\"since\":\"2026-07-01\"")),
        "since");
    assertEquals(
        404,
        shuji1
            .post(
                "api/v1/prospects",
                person(
                    "视野丁",
                    "14072419980404104",
                    "1998-04-04",
                    true,
                    Api.as("shuji2").memberId(),
                    branch))
            .status(),
        "another company's member is not found as a guide");

    String contacts = "api/v1/prospects/" + id(young) + "/contacts";
    JsonObject talked =
        ok(
            shuji1.post(
                contacts, "{\"kind\":\"TALK\",\"on\":\"2026-04-10\",\"note\":\"谈入党动机和岗位成长\"}"));
    assertEquals(1, talked.getJsonArray("contacts").size());
    fieldRefused(
        shuji1.post(contacts, "{\"kind\":\"TALK\",\"on\":\"2026-02-01\",\"note\":\"x\"}"), "on");
    Api.Reply noNote = shuji1.post(contacts, "{\"kind\":\"ACTIVITY\",\"on\":\"2026-05-01\"}");
    fieldRefused(noNote, "note");
    assertTrue(noNote.body().contains("请填写内容"), "said in Chinese: " + noNote.body());
    ok(
        shuji1.post(
            "api/v1/prospects/" + id(young) + "/opinions",
            "{\"givenOn\":\"2026-05-20\",\"giver\":\"班组职工王师傅\",\"side\":\"OUTSIDE\","
                + "\"content\":\"吃苦在前，带班安全\"}"));
    fieldRefused(
        shuji1.post("api/v1/prospects/" + id(young) + "/opinions", "{\"givenOn\":\"2026-05-20\"}"),
        "giver");

    assertEquals(404, Api.as("gongsi2").get("api/v1/prospects/" + id(young)).status());
    assertEquals(403, Api.as("dangyuan1").get("api/v1/prospects/" + id(young)).status());
    assertEquals(
        200,
        Api.as("gongsi1").get("api/v1/prospects/" + id(young)).status(),
        "the committee above sees its branches' pools");

    Api.Reply applied =
        shuji1.post(
            "api/v1/prospects/" + id(young) + "/application",
            "{\"applicationDate\":\"2026-06-01\"}");
    JsonObject c = created(applied);
    assertEquals("视野甲", c.getString("name"));
    JsonObject closed = ok(shuji1.get("api/v1/prospects/" + id(young)));
    assertEquals("APPLIED", closed.getString("state"));
    assertEquals(id(c), closed.getJsonNumber("caseId").longValue());
    assertEquals(
        409,
        shuji1.post(contacts, "{\"kind\":\"TALK\",\"on\":\"2026-06-10\",\"note\":\"谈话\"}").status(),
        "once applied, the cultivation goes on in the case");
    assertEquals(
        409,
        shuji1
            .post(
                "api/v1/prospects/" + id(young) + "/opinions",
                "{\"givenOn\":\"2026-06-10\",\"giver\":\"x\",\"side\":\"INSIDE\",\"content\":\"y\"}")
            .status(),
        "and so do the opinions");

    String opinions = "api/v1/cases/" + id(c) + "/opinions";
    JsonArray heard = shuji1.get(opinions).parse().asJsonArray();
    assertEquals(1, heard.size());
    assertTrue(heard.getJsonObject(0).getBoolean("beforeApplication"));
    Api.Reply more =
        shuji1.post(
            opinions,
            "{\"givenOn\":\"2026-06-20\",\"giver\":\"党小组长李强\",\"side\":\"INSIDE\","
                + "\"content\":\"入党动机端正\"}");
    assertEquals(200, more.status(), more.body());
    assertEquals(2, more.parse().asJsonArray().size());
    fieldRefused(
        shuji1.post(
            opinions,
            "{\"givenOn\":\"2026-05-31\",\"giver\":\"x\",\"side\":\"INSIDE\",\"content\":\"y\"}"),
        "givenOn");
    assertEquals(404, Api.as("gongsi2").get(opinions).status());

    JsonObject again = pool(shuji1, branch);
    assertEquals(after.getInt("inSight") - 1, again.getInt("inSight"));
    JsonObject row =
        again.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("id").longValue() == id(young))
            .findFirst()
            .orElseThrow(() -> new AssertionError(again.toString()));
    assertEquals("APPLIED", row.getString("state"));
  }

  @Test
  void aCaseOpenedOnTheApplicationPageTakesThePersonOutOfSightAndOneLetGoStaysOnRecord() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long guide = shuji1.memberId();
    JsonObject p =
        created(
            shuji1.post(
                "api/v1/prospects",
                person("视野戊", "14072419990505105", "1999-05-05", true, guide, branch)));
    created(
        shuji1.post(
            "api/v1/cases",
            RecruitmentIT.open(shuji1, "视野戊", "14072419990505105", "1999-05-05", "2026-06-15")));
    assertEquals("APPLIED", ok(shuji1.get("api/v1/prospects/" + id(p))).getString("state"));

    JsonObject q =
        created(
            shuji1.post(
                "api/v1/prospects",
                person("视野己", "14072419990606106", "1999-06-06", true, guide, branch)));
    fieldRefused(
        shuji1.post("api/v1/prospects/" + id(q) + "/drop", "{\"reason\":\" \"}"), "reason");
    JsonObject dropped =
        ok(shuji1.post("api/v1/prospects/" + id(q) + "/drop", "{\"reason\":\"调离本单位\"}"));
    assertEquals("DROPPED", dropped.getString("state"));
    assertEquals(
        409,
        shuji1
            .post(
                "api/v1/prospects/" + id(q) + "/application",
                "{\"applicationDate\":\"2026-06-20\"}")
            .status());
  }

  @Test
  void onAPhoneASecretaryRecordsATalkAndTheApplicationAndTheCaseShowsTheRecord() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    JsonObject p =
        created(
            shuji1.post(
                "api/v1/prospects",
                person("视野庚", "14072420000707107", "2000-07-07", true, shuji1.memberId(), branch)));
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("recruitment/prospects.xhtml?organizationId=" + branch);
      assertTrue(b.waitForText(By.id("makeUp"), "%").contains("75%"));
      b.waitForText(By.id("poolForm:pool"), "视野庚");
      b.screenshot("prospects-390");

      b.open("recruitment/prospect.xhtml?id=" + id(p));
      b.waitForText(By.id("prospectName"), "视野庚");
      new Select(b.visible(By.id("contactForm:kind"))).selectByValue("ACTIVITY");
      b.setDate(By.id("contactForm:on"), "2026-06-01");
      b.visible(By.id("contactForm:note")).sendKeys("参加支部主题党日");
      b.click(By.id("contactForm:saveContact"));
      b.waitForText(By.id("contacts"), "参加支部主题党日");
      b.screenshot("prospect-390");

      b.setDate(By.id("applyForm:applicationDate"), "2026-06-25");
      b.click(By.id("applyForm:apply"));
      assertTrue(b.waitForText(By.id("history"), "参加支部主题党日").contains("入党前的培养记录"));
      b.waitForText(By.id("caseName"), "视野庚");
      b.screenshot("case-history-390");
    }
    assertEquals("APPLIED", ok(shuji1.get("api/v1/prospects/" + id(p))).getString("state"));
  }
}
