package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The members to review: mobile, lost contact (six months and more apart), and the lapse rule's
 * signs where the branch keeps meetings and dues here; a list, nothing done to anyone. The clock is
 * fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long member(String name, String first17) {
    return MemberApiIT.inShuji1sBranch(name, first17);
  }

  /** Changes the member's record as its page would. */
  private static void change(
      long id, java.util.function.UnaryOperator<jakarta.json.JsonObjectBuilder> how) {
    Api shuji1 = Api.as("shuji1");
    Api.Reply read = shuji1.get("api/v1/members/" + id);
    JsonObject data = read.json().getJsonObject("data");
    Api.Reply changed =
        shuji1.put(
            "api/v1/members/" + id,
            read.etag(),
            how.apply(Json.createObjectBuilder(data)).build().toString());
    assertEquals(200, changed.status(), changed.body());
  }

  private static Optional<JsonObject> flagged(JsonObject list, long member) {
    return list.getJsonArray("members").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonNumber("memberId").longValue() == member)
        .findFirst();
  }

  @Test
  void eachSignIsListedForReviewAndNothingIsDoneToAnyone() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long lost = member("失联甲", "14022319800101015");
    change(lost, b -> b.add("lostContact", true).add("lostContactSince", "2025-12-01"));
    long mobile = member("流动乙", "14022319810202026");
    change(mobile, b -> b.add("mobile", true));
    long away = member("外出庚", "14022319840505059");
    change(
        away,
        b ->
            b.add("mobile", true)
                .add("mobileSince", "2025-12-30")
                .add("inflowOrganization", "鄂尔多斯市某煤矿党委"));
    long behind = member("欠费丙", "14022319820303037");
    long there = member("参会丁", "14022319830404048");
    for (long m : new long[] {behind, there}) {
      Api.Reply base =
          shuji1.put(
              "api/v1/dues/bases",
              null,
              "{\"memberId\":" + m + ",\"year\":2026,\"kind\":\"SALARY\",\"base\":3000}");
      assertEquals(200, base.status(), base.body());
    }
    assertEquals(
        200,
        shuji1
            .post(
                "api/v1/dues/payments",
                "{\"memberId\":"
                    + there
                    + ",\"month\":\"2026-06\",\"method\":\"CASH\",\"paidOn\":\"2026-06-30\"}")
            .status());
    Api.Reply meeting =
        shuji1.post(
            "api/v1/meetings",
            "{\"organizationId\":"
                + branch
                + ",\"kind\":\"THEME_DAY\",\"heldOn\":\"2026-06-10\",\"topic\":\"重温入党誓词\","
                + "\"attendance\":[{\"memberId\":"
                + there
                + ",\"presence\":\"PRESENT\"},{\"memberId\":"
                + behind
                + ",\"presence\":\"ABSENT\"}]}");
    assertEquals(201, meeting.status(), meeting.body());

    Api.Reply r = shuji1.get("api/v1/reviews?organizationId=" + branch);
    assertEquals(200, r.status(), r.body());
    JsonObject list = r.json();
    assertEquals(
        "[\"LOST_CONTACT_SIX_MONTHS\",\"NO_ORGANIZATIONAL_LIFE\"]",
        flagged(list, lost).orElseThrow().getJsonArray("flags").toString(),
        "the branch keeps its meetings here, and they were at none");
    assertEquals(
        "[\"MOBILE\"]", flagged(list, mobile).orElseThrow().getJsonArray("flags").toString());
    JsonObject awayLine = flagged(list, away).orElseThrow();
    assertEquals(
        "[\"MOBILE_SIX_MONTHS\"]",
        awayLine.getJsonArray("flags").toString(),
        "away six months to the day: the relation is to be transferred");
    assertEquals("鄂尔多斯市某煤矿党委", awayLine.getString("inflowOrganization"));
    assertEquals(
        "[\"NO_ORGANIZATIONAL_LIFE\",\"NO_DUES\"]",
        flagged(list, behind).orElseThrow().getJsonArray("flags").toString());
    assertTrue(flagged(list, there).isEmpty(), "present and paid");
    assertEquals(200, shuji1.get("api/v1/members/" + behind).status(), "still a member");
    assertEquals(403, Api.as("dangyuan1").get("api/v1/reviews?organizationId=" + branch).status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/reviews?organizationId=" + branch).status());
    assertEquals(400, shuji1.get("api/v1/reviews").status());

    String code = Api.as("zuzhibu").get("api/v1/organizations/" + branch).json().getString("code");
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/review.xhtml");
      b.pickOrganization("pick:organization", code);
      b.driver.findElement(By.id("pick:show")).click();
      assertTrue(b.waitForText(By.id("flagged"), "失联甲").contains("失联满 6 个月"));
      b.screenshot("review-390");
    }
  }
}
