package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 走访慰问: a Spring Festival campaign of a new branch lists the member in hardship, the retired and
 * the elderly by its rules, and one picked; a visitor records a visit on a phone; the coverage and
 * those still to visit follow; others see nothing of it. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class VisitIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long id(JsonObject o, String key) {
    return o.getJsonNumber(key).longValue();
  }

  private static JsonObject visitOf(JsonArray visits, long member) {
    return visits.stream()
        .map(JsonValue::asJsonObject)
        .filter(v -> id(v, "memberId") == member)
        .findFirst()
        .orElseThrow(() -> new AssertionError(member + " not in " + visits));
  }

  private static String campaign(long org, String holiday, String name, String day, String rules) {
    return "{\"organizationId\":"
        + org
        + ",\"holiday\":\""
        + holiday
        + "\""
        + (name == null ? "" : ",\"name\":\"" + name + "\"")
        + ",\"holidayOn\":\""
        + day
        + "\",\"rules\":["
        + rules
        + "]}";
  }

  @Test
  void aCampaignListsWhomItsRulesNameAndAVisitorRecordsAVisitOnAPhone() {
    Api gongsi1 = Api.as("gongsi1");
    long company = TrainingIT.committeeOf(Api.as("shuji1"));
    Api.Reply founded =
        gongsi1.post(
            "api/v1/organizations",
            "{\"code\":\"G01-95\",\"name\":\"走访试点党支部\",\"kind\":\"BRANCH\",\"parentId\":"
                + company
                + ",\"foundedOn\":\"2020-05-01\"}");
    assertEquals(201, founded.status(), founded.body());
    long branch = id(founded.json(), "id");
    long hardship = MemberApiIT.person(gongsi1, branch, "走访甲", "14022219800101201", Map.of());
    long retired =
        MemberApiIT.person(
            gongsi1, branch, "走访乙", "14022219620202202", Map.of("employment", "RETIRED"));
    long elderly = MemberApiIT.person(gongsi1, branch, "走访丙", "14022219500303203", Map.of());
    long other = MemberApiIT.person(gongsi1, branch, "走访丁", "14022219900404204", Map.of());
    assertEquals(
        201,
        gongsi1
            .post(
                "api/v1/care/needs",
                "{\"memberId\":"
                    + hardship
                    + ",\"kind\":\"LIFE_HARDSHIP\",\"since\":\"2026-03-01\",\"note\":\"家属住院\"}")
            .status());

    Api.Reply unnamed =
        gongsi1.post("api/v1/visits", campaign(branch, "OTHER", null, "2026-10-01", "\"ILL\""));
    assertEquals(400, unnamed.status(), unnamed.body());
    assertTrue(unnamed.body().contains("\"name\""), unnamed.body());
    Api.Reply past =
        gongsi1.post("api/v1/visits", campaign(branch, "SPRING_FESTIVAL", null, "2026-02-17", ""));
    assertEquals(400, past.status(), past.body());
    assertTrue(past.body().contains("\"holidayOn\"") && past.body().contains("\"rules\""));
    assertEquals(
        403,
        Api.as("shuji1")
            .post(
                "api/v1/visits",
                campaign(branch, "SPRING_FESTIVAL", null, "2027-02-06", "\"RETIRED\""))
            .status(),
        "campaigns are the committees'");

    Api.Reply created =
        gongsi1.post(
            "api/v1/visits",
            campaign(
                branch,
                "SPRING_FESTIVAL",
                null,
                "2027-02-06",
                "\"HARDSHIP\",\"RETIRED\",\"ELDERLY\""));
    assertEquals(201, created.status(), created.body());
    JsonObject c = created.json();
    long campaign = id(c, "id");
    assertEquals("春节", c.getString("name"));
    assertEquals(3, c.getInt("total"));
    JsonArray visits = c.getJsonArray("visits");
    assertEquals("HARDSHIP", visitOf(visits, hardship).getJsonArray("reasons").getString(0));
    assertEquals("RETIRED", visitOf(visits, retired).getJsonArray("reasons").getString(0));
    assertTrue(visitOf(visits, elderly).getJsonArray("reasons").toString().contains("ELDERLY"));
    assertTrue(visits.stream().noneMatch(v -> id(v.asJsonObject(), "memberId") == other));

    String pick = "api/v1/visits/" + campaign + "/picked";
    Api.Reply picked = gongsi1.post(pick, "{\"memberId\":" + other + "}");
    assertEquals(200, picked.status(), picked.body());
    assertEquals(4, picked.json().getInt("total"));
    assertEquals(409, gongsi1.post(pick, "{\"memberId\":" + other + "}").status());

    Api dangyuan1 = Api.as("dangyuan1");
    Api.Reply assigned =
        gongsi1.post(
            "api/v1/visits/" + campaign + "/visitors",
            "{\"visitorId\":" + dangyuan1.memberId() + ",\"memberIds\":[" + hardship + "]}");
    assertEquals(200, assigned.status(), assigned.body());
    long visit = id(visitOf(assigned.json().getJsonArray("visits"), hardship), "id");
    long notMine = id(visitOf(assigned.json().getJsonArray("visits"), retired), "id");

    // others see nothing of the list; the visitor records only their own visits
    assertEquals(404, Api.as("gongsi2").get("api/v1/visits/" + campaign).status());
    assertEquals(404, Api.as("shuji1").get("api/v1/visits/" + campaign).status());
    assertEquals(403, dangyuan1.get("api/v1/visits/" + campaign).status());
    assertEquals(
        404,
        dangyuan1
            .post("api/v1/visits/records/" + notMine, "{\"on\":\"2026-06-30\",\"found\":\"身体尚好\"}")
            .status());

    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("visits.xhtml");
      b.waitForText(By.id("visits"), "走访甲");
      new Select(b.visible(By.id("visitForm:visit"))).selectByValue(String.valueOf(visit));
      b.visible(By.id("visitForm:found")).sendKeys("家属出院在家休养，生活基本能自理");
      b.visible(By.id("visitForm:given")).sendKeys("慰问金500元、米面油");
      b.visible(By.id("visitForm:followUp")).sendKeys("帮助申请大病救助");
      b.click(By.id("visitForm:recordVisit"));
      b.waitForText(By.id("visits"), "家属出院在家休养");
      b.screenshot("visits-390");
    }

    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("members/campaign.xhtml?id=" + campaign);
      b.waitForText(By.id("campaignPanel"), "家属出院在家休养");
      b.waitForText(By.id("coverage"), "已走访 1 人");
      b.screenshot("campaign-1280");
    }
    JsonObject after = gongsi1.get("api/v1/visits/" + campaign).json();
    assertEquals(1, after.getInt("visited"));
    assertEquals(3, after.getJsonArray("unvisited").size());
    JsonObject recorded = visitOf(after.getJsonArray("visits"), hardship);
    assertEquals("2026-06-30", recorded.getString("visitedOn"));
    assertEquals("慰问金500元、米面油", recorded.getString("given"));
    JsonObject coverage = after.getJsonArray("coverage").getJsonObject(0);
    assertEquals(List.of(4, 1), List.of(coverage.getInt("total"), coverage.getInt("visited")));
    String log =
        Api.as("shenji").get("api/v1/audit?entityType=VisitCampaign&entityId=" + campaign).body();
    assertTrue(log.contains("查看走访慰问名单") && log.contains("记录走访"), log);
  }
}
