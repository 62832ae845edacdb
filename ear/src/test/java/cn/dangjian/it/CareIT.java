package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 真情式: a member's hardship recorded by the branch, listed as without a helper until a pair is made;
 * the helper records help on a phone and sees only their own pairs; hardship is hidden from other
 * members and other companies, and every view of it is in the audit log. The clock is fixed on
 * 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class CareIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static String need(long member, String kind, String since) {
    return "{\"memberId\":"
        + member
        + ",\"kind\":\""
        + kind
        + "\",\"since\":\""
        + since
        + "\",\"note\":\"家属重病住院\"}";
  }

  private static String pair(long helper, long helped, String area) {
    return "{\"helperId\":"
        + helper
        + ",\"helpedId\":"
        + helped
        + ",\"area\":\""
        + area
        + "\",\"since\":\"2026-05-01\"}";
  }

  private static List<Long> ids(JsonArray a, String key) {
    return a.stream().map(v -> v.asJsonObject().getJsonNumber(key).longValue()).toList();
  }

  private static int views(long member) {
    return Api.as("shenji")
        .get("api/v1/audit?entityType=Member&action=VIEW&max=500&entityId=" + member)
        .parse()
        .asJsonArray()
        .size();
  }

  @Test
  void aMemberInHardshipIsListedUntilPairedAndOnlyThoseWhoCareSeeIt() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long inHardship = MemberApiIT.inShuji1sBranch("关怀甲", "14022219700101011");
    long helper = MemberApiIT.inShuji1sBranch("帮扶乙", "14022219710202022");

    Api.Reply recorded =
        shuji1.post("api/v1/care/needs", need(inHardship, "LIFE_HARDSHIP", "2026-04-01"));
    assertEquals(201, recorded.status(), recorded.body());
    JsonObject overview = shuji1.get("api/v1/care?organizationId=" + branch).json();
    assertTrue(ids(overview.getJsonArray("uncovered"), "memberId").contains(inHardship));

    Api.Reply wrongArea =
        shuji1.post("api/v1/care/pairs", pair(helper, inHardship, "WORK_HARDSHIP"));
    assertEquals(400, wrongArea.status(), wrongArea.body());
    assertTrue(wrongArea.body().contains("没有登记这一类困难"), wrongArea.body());
    Api.Reply paired = shuji1.post("api/v1/care/pairs", pair(helper, inHardship, "LIFE_HARDSHIP"));
    assertEquals(201, paired.status(), paired.body());
    assertEquals(
        409, shuji1.post("api/v1/care/pairs", pair(helper, inHardship, "LIFE_HARDSHIP")).status());
    overview = shuji1.get("api/v1/care?organizationId=" + branch).json();
    assertFalse(ids(overview.getJsonArray("uncovered"), "memberId").contains(inHardship));
    assertTrue(ids(overview.getJsonArray("pairs"), "helpedId").contains(inHardship));

    // on the record, hardship is read only when asked for, and that view is audited
    int opened = views(inHardship);
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/detail.xhtml?id=" + inHardship);
      b.visible(By.id("memberCare:showCare"));
      assertEquals(opened, views(inHardship), "opening the record reads no hardship");
      b.click(By.id("memberCare:showCare"));
      b.waitForText(By.id("memberCare"), "生活困难");
      b.screenshot("member-care-1280");
    }
    assertEquals(opened + 1, views(inHardship));

    // the committee sees it, and each view is audited; others find nothing
    int before = views(inHardship);
    Api.Reply ofMember = Api.as("gongsi1").get("api/v1/care/members/" + inHardship);
    assertEquals(200, ofMember.status(), ofMember.body());
    assertEquals(
        "LIFE_HARDSHIP", ofMember.json().getJsonArray("needs").getJsonObject(0).getString("kind"));
    assertEquals(before + 1, views(inHardship), "the view is in the audit log");
    assertEquals(404, Api.as("gongsi2").get("api/v1/care/members/" + inHardship).status());
    assertEquals(403, Api.as("dangyuan1").get("api/v1/care/members/" + inHardship).status());
    assertEquals(403, Api.as("dangyuan1").get("api/v1/care?organizationId=" + branch).status());
    long pairId = paired.json().getJsonNumber("id").longValue();
    assertEquals(
        404, Api.as("dangyuan1").get("api/v1/care/pairs/" + pairId).status(), "not their pair");

    // wrong input: a day ahead, no kind
    Api.Reply ahead = shuji1.post("api/v1/care/needs", need(inHardship, "ILL", "2026-07-01"));
    assertEquals(400, ahead.status(), ahead.body());
    assertTrue(ahead.body().contains("\"since\"") && ahead.body().contains("不能晚于今天"), ahead.body());
    assertEquals(
        400, shuji1.post("api/v1/care/needs", "{\"memberId\":" + inHardship + "}").status());

    // the pair ends with a reason; the member is listed again while the hardship lasts
    Api.Reply ended =
        shuji1.post(
            "api/v1/care/pairs/" + pairId + "/end", "{\"on\":\"2026-06-30\",\"reason\":\"帮扶人调离\"}");
    assertEquals(200, ended.status(), ended.body());
    overview = shuji1.get("api/v1/care?organizationId=" + branch).json();
    assertTrue(ids(overview.getJsonArray("uncovered"), "memberId").contains(inHardship));
    JsonObject history = shuji1.get("api/v1/care/members/" + inHardship).json();
    assertEquals(
        "帮扶人调离", history.getJsonArray("pairs").getJsonObject(0).getString("endReason"), "kept");
  }

  @Test
  void onAPhoneTheHelperRecordsAHelpAndSeesOnlyTheirOwnPairs() {
    Api shuji1 = Api.as("shuji1");
    Api dangyuan1 = Api.as("dangyuan1");
    long helped = MemberApiIT.inShuji1sBranch("关怀丙", "14022219720303033");
    assertEquals(
        201,
        shuji1.post("api/v1/care/needs", need(helped, "SKILLS_HARDSHIP", "2026-04-01")).status());
    Api.Reply paired =
        shuji1.post("api/v1/care/pairs", pair(dangyuan1.memberId(), helped, "SKILLS_HARDSHIP"));
    assertEquals(201, paired.status(), paired.body());
    long pairId = paired.json().getJsonNumber("id").longValue();

    JsonArray mine = dangyuan1.get("api/v1/care/pairs/mine").parse().asJsonArray();
    assertTrue(ids(mine, "id").contains(pairId));
    assertTrue(
        mine.stream()
            .map(JsonValue::asJsonObject)
            .allMatch(p -> p.getJsonNumber("helperId").longValue() == dangyuan1.memberId()),
        "only the pairs they help in");

    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("help.xhtml");
      new Select(b.visible(By.id("helpForm:helpPair"))).selectByValue(String.valueOf(pairId));
      new Select(b.visible(By.id("helpForm:helpKind"))).selectByVisibleText("技能帮带");
      b.visible(By.id("helpForm:helpWhat")).sendKeys("井下带班，讲解液压支架的检修要点");
      b.click(By.id("helpForm:recordHelp"));
      b.waitForText(By.id("pairs"), "讲解液压支架的检修要点");
      b.screenshot("help-390");
    }
    JsonObject pair = dangyuan1.get("api/v1/care/pairs/" + pairId).json();
    JsonObject help = pair.getJsonArray("help").getJsonObject(0);
    assertEquals("SKILLS", help.getString("kind"));
    assertEquals("2026-06-30", help.getString("on"));
    Api.Reply early =
        dangyuan1.post(
            "api/v1/care/pairs/" + pairId + "/help",
            "{\"on\":\"2026-04-30\",\"kind\":\"TALK\",\"what\":\"谈心\"}");
    assertEquals(400, early.status(), early.body());
    assertTrue(early.body().contains("帮扶日期须在结对之日"), early.body());
  }
}
