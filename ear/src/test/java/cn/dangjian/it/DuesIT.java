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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 党费 through the API: a base gives the month's dues by RULES.md's tiers, a payment is recorded
 * once, the branch's month adds up to the fen, back-payment stops at 6 months, and only the
 * member's own committees see or change it. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class DuesIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static String payment(long member, String month, String paidOn) {
    return "{\"memberId\":"
        + member
        + ",\"month\":\""
        + month
        + "\",\"method\":\"TRANSFER\",\"paidOn\":\""
        + paidOn
        + "\"}";
  }

  private static JsonObject month(Api who, long branch, String month) {
    Api.Reply r = who.get("api/v1/dues/months/" + month + "?organizationId=" + branch);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static JsonObject row(JsonObject month, long member) {
    return month.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("memberId").longValue() == member)
        .findFirst()
        .orElseThrow(() -> new AssertionError(month.toString()));
  }

  @Test
  void theBaseGivesTheDuesAPaymentIsRecordedOnceAndTheMonthAddsUpToTheFen() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long member = Api.as("dangyuan1").memberId();
    Api.Reply base =
        shuji1.put(
            "api/v1/dues/bases",
            null,
            "{\"memberId\":" + member + ",\"year\":2026,\"kind\":\"SALARY\",\"base\":4321.50}");
    assertEquals(200, base.status(), base.body());
    assertEquals(new BigDecimal("43.22"), base.json().getJsonNumber("monthly").bigDecimalValue());

    JsonObject before = month(shuji1, branch, "2026-05");
    assertEquals(
        new BigDecimal("43.22"), row(before, member).getJsonNumber("due").bigDecimalValue());
    BigDecimal paidBefore = before.getJsonNumber("paid").bigDecimalValue();
    BigDecimal dueBefore = before.getJsonNumber("due").bigDecimalValue();

    Api.Reply paid = shuji1.post("api/v1/dues/payments", payment(member, "2026-05", "2026-06-30"));
    assertEquals(200, paid.status(), paid.body());
    assertEquals(new BigDecimal("43.22"), paid.json().getJsonNumber("paid").bigDecimalValue());
    Api.Reply twice = shuji1.post("api/v1/dues/payments", payment(member, "2026-05", "2026-06-30"));
    assertEquals(409, twice.status(), twice.body());

    JsonObject after = month(shuji1, branch, "2026-05");
    assertEquals(dueBefore, after.getJsonNumber("due").bigDecimalValue());
    assertEquals(
        paidBefore.add(new BigDecimal("43.22")), after.getJsonNumber("paid").bigDecimalValue());
    // the totals are the rows' sums, to the fen
    BigDecimal rows =
        after.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.containsKey("paid")) // JSON-B leaves nulls out
            .map(r -> r.getJsonNumber("paid").bigDecimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, rows.compareTo(after.getJsonNumber("paid").bigDecimalValue()));
    // June not paid yet: May is no longer behind in June's view
    assertTrue(
        !row(month(shuji1, branch, "2026-06"), member)
            .getJsonArray("behind")
            .toString()
            .contains("2026-05"));
  }

  @Test
  void backPaymentStopsAtSixMonthsAndBadInputIsA400InChinese() {
    Api shuji1 = Api.as("shuji1");
    long member = Api.as("dangyuan1").memberId();
    Api.Reply tooLate =
        shuji1.post("api/v1/dues/payments", payment(member, "2025-11", "2026-06-30"));
    assertEquals(400, tooLate.status(), tooLate.body());
    assertTrue(tooLate.body().contains("最多补交 6 个月"), tooLate.body());
    Api.Reply noBase =
        shuji1.post("api/v1/dues/payments", payment(member, "2025-12", "2026-06-30"));
    assertEquals(400, noBase.status(), noBase.body());
    assertTrue(noBase.body().contains("尚未设置 2025 年"), noBase.body());
    Api.Reply future =
        shuji1.post("api/v1/dues/payments", payment(member, "2026-06", "2026-07-01"));
    assertEquals(400, future.status(), future.body());
    assertTrue(future.body().contains("paidOn"), future.body());
    Api.Reply badMonth =
        shuji1.post("api/v1/dues/payments", payment(member, "2026-13", "2026-06-30"));
    assertEquals(400, badMonth.status(), badMonth.body());
    assertTrue(badMonth.body().contains("2026-13"), badMonth.body());
    Api.Reply negative =
        shuji1.put(
            "api/v1/dues/bases",
            null,
            "{\"memberId\":" + member + ",\"year\":2027,\"kind\":\"SALARY\",\"base\":-1}");
    assertEquals(400, negative.status(), negative.body());
    assertTrue(negative.body().contains("base"), negative.body());
  }

  @Test
  void onlyTheMembersOwnCommitteesSeeOrChangeTheirDues() {
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    long member = Api.as("dangyuan1").memberId();
    String body = "{\"memberId\":" + member + ",\"year\":2026,\"kind\":\"FIXED\"}";
    assertEquals(404, Api.as("gongsi2").put("api/v1/dues/bases", null, body).status());
    assertEquals(
        404, Api.as("gongsi2").get("api/v1/dues/months/2026-06?organizationId=" + branch).status());
    assertEquals(403, Api.as("dangyuan1").put("api/v1/dues/bases", null, body).status());
    assertEquals(
        200, Api.as("gongsi1").get("api/v1/dues/months/2026-06?organizationId=" + branch).status());
  }

  @Test
  void onAPhoneASecretarySetsABaseAndRecordsAMonthAsPaid() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String code = Api.as("zuzhibu").get("api/v1/organizations/" + branch).json().getString("code");
    Api dangyuan1 = Api.as("dangyuan1");
    String name = dangyuan1.myRecord().getString("name");
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/dues.xhtml");
      b.visible(By.id("pick:organization_input")).sendKeys(code);
      b.visible(By.cssSelector("#pick\\:organization_panel li")).click();
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = '2026-04';", b.driver.findElement(By.id("pick:month")));
      b.driver.findElement(By.id("pick:show")).click();
      b.waitForText(By.id("totals"), "本月应交");
      new Select(b.driver.findElement(By.id("base:member"))).selectByVisibleText(name);
      b.driver.findElement(By.id("base:amount")).sendKeys("6000");
      b.driver.findElement(By.id("base:saveBase")).click();
      b.waitForText(By.id("messages"), "已保存党费基数");
      WebElement row =
          b.driver.findElements(By.cssSelector("#sheet\\:rows tbody tr")).stream()
              .filter(r -> r.getText().contains(name))
              .findFirst()
              .orElseThrow();
      assertTrue(row.getText().contains("90.00"), row.getText()); // 6000 x 1.5%
      row.findElement(By.cssSelector("input.pay, button.pay")).click();
      b.waitForText(By.id("messages"), "已登记");
      b.screenshot("dues-390");
    }
    JsonObject april = month(shuji1, branch, "2026-04");
    assertEquals(
        new BigDecimal("90.00"),
        row(april, dangyuan1.memberId()).getJsonNumber("paid").bigDecimalValue());
  }
}
