package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Daily messages by SMS through the outbox, against a stub of Aliyun's API (StubGateway): a member
 * who chose SMS gets each message once, also when the gateway first answers 500; in their quiet
 * hours it waits; a refusal is reported with the provider's answer and can be resent on purpose.
 * The clock is fixed at 10:00 Beijing time.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryIT {
  private static final String NOW = "2026-06-30T10:00";
  private static StubGateway gateway;
  private static GreenMail mail;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeAll
  static void startTheGateway() throws Exception {
    gateway = new StubGateway(Integer.parseInt(System.getProperty("it.stub.port")));
    mail =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(System.getProperty("it.smtp.port")),
                "localhost",
                ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterAll
  static void stopTheGateway() {
    gateway.close();
    mail.stop();
  }

  private static JsonObject sendDue() {
    Api.Reply r = Api.as("zuzhibu").post("api/v1/messages/send-due", "");
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  /** dangyuan1 chooses SMS, with these quiet hours ("null" for none); answers their phone. */
  private static String smsFor(String quietFrom, String quietTo) {
    Api member = Api.as("dangyuan1");
    Api.Reply chosen =
        member.put(
            "api/v1/messages/preferences",
            null,
            "{\"channels\":[\"SMS\"],\"quietFrom\":" + quietFrom + ",\"quietTo\":" + quietTo + "}");
    assertEquals(200, chosen.status(), chosen.body());
    assertTrue(chosen.body().contains("\"SMS\""), chosen.body());
    return member
        .get("api/v1/members/" + member.memberId())
        .json()
        .getJsonObject("data")
        .getString("phone");
  }

  /** A message for dangyuan1's branch now, sent; answers its id. */
  private static long messageNow(String text) {
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    Api.Reply written =
        Api.as("gongsi1")
            .post(
                "api/v1/messages", MessagingIT.message(branch, "JOB_KNOWLEDGE", text, "ALL", NOW));
    assertEquals(201, written.status(), written.body());
    return written.json().getJsonNumber("id").longValue();
  }

  private static JsonObject smsLine(long message) {
    Api.Reply report = Api.as("gongsi1").get("api/v1/messages/" + message + "/deliveries");
    assertEquals(200, report.status(), report.body());
    return report.json().getJsonArray("channels").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getString("channel").equals("SMS"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(report.body()));
  }

  private static String unique(String text) {
    return text + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aMemberWhoChoseSmsGetsTheMessageOnceAlthoughTheGatewayFirstAnswers500() {
    String phone = smsFor("null", "null");
    String text = unique("安全生产，人人有责。");
    long id = messageNow(text);
    int refusedBefore = gateway.refusedCalls();
    gateway.thenAnswer("500");
    JsonObject run = sendDue();
    assertTrue(run.getInt("sent") >= 1 && run.getInt("delivered") >= 1, run.toString());
    assertEquals(refusedBefore + 1, gateway.refusedCalls(), "the 500 was answered once");
    List<StubGateway.Call> calls = gateway.callsWith(text);
    assertEquals(1, calls.size(), calls.toString());
    assertEquals(1, calls.get(0).phones().stream().filter(phone::equals).count(), calls.toString());
    JsonObject sms = smsLine(id);
    assertEquals(sms.getInt("recipients"), sms.getInt("sent"), sms.toString());
    // by organization: the branch's own members
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    JsonObject report = Api.as("gongsi1").get("api/v1/messages/" + id + "/deliveries").json();
    assertTrue(
        report.getJsonArray("organizations").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                p ->
                    p.getJsonNumber("organizationId").longValue() == branch
                        && p.getJsonObject("line").getString("channel").equals("SMS")
                        && p.getJsonObject("line").getInt("sent") == sms.getInt("sent")),
        report.toString());
    // later runs send it to no one again
    sendDue();
    assertEquals(1, gateway.callsWith(text).size());
  }

  @Test
  void inTheMembersQuietHoursTheMessageWaitsAndGoesWhenTheyChangeThem() {
    String phone = smsFor("\"09:00\"", "\"12:00\"");
    String text = unique("党风廉政建设永远在路上。");
    long id = messageNow(text);
    sendDue();
    assertTrue(
        gateway.callsWith(text).stream().noneMatch(c -> c.phones().contains(phone)),
        "not in the quiet hours");
    assertTrue(smsLine(id).getInt("pending") >= 1, smsLine(id).toString());
    smsFor("null", "null");
    sendDue();
    assertEquals(
        1,
        gateway.callsWith(text).stream().filter(c -> c.phones().contains(phone)).count(),
        "once the quiet hours are gone");
    assertEquals(0, smsLine(id).getInt("pending"));
  }

  @Test
  void aRefusalIsReportedWithTheProvidersAnswerAndResentOnPurpose() {
    smsFor("null", "null");
    String text = unique("学习强国，强国有我。");
    long id = messageNow(text);
    gateway.thenAnswer("isv.MOBILE_NUMBER_ILLEGAL");
    sendDue();
    assertEquals(0, gateway.callsWith(text).size());
    Api.Reply report = Api.as("gongsi1").get("api/v1/messages/" + id + "/deliveries");
    assertTrue(smsLine(id).getInt("failed") >= 1, report.body());
    assertTrue(report.body().contains("isv.MOBILE_NUMBER_ILLEGAL"), report.body());
    Api.Reply resent = Api.as("gongsi1").post("api/v1/messages/" + id + "/resend", "");
    assertEquals(200, resent.status(), resent.body());
    sendDue();
    assertEquals(1, gateway.callsWith(text).size());
    assertEquals(0, smsLine(id).getInt("failed"));
    Api.Reply again = Api.as("gongsi1").post("api/v1/messages/" + id + "/resend", "");
    assertEquals(409, again.status(), "nothing left to resend: " + again.body());
    Api.Reply audit = Api.as("shenji").get("api/v1/audit?entityType=Message&entityId=" + id);
    assertTrue(audit.body().contains("重发"), audit.body());
  }

  @Test
  void aMemberWhoChoseEmailGetsOneMailOfTheirOwn() throws Exception {
    String address = "dangyuan1-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    Api member = Api.as("dangyuan1");
    Api.Reply chosen =
        member.put(
            "api/v1/messages/preferences",
            null,
            "{\"channels\":[\"EMAIL\"],\"emailAddress\":\"" + address + "\"}");
    assertEquals(200, chosen.status(), chosen.body());
    Api.Reply noAddress =
        member.put("api/v1/messages/preferences", null, "{\"channels\":[\"EMAIL\"]}");
    assertEquals(400, noAddress.status(), noAddress.body());
    assertTrue(noAddress.body().contains("emailAddress"), noAddress.body());
    String text = unique("以案为鉴，警钟长鸣。");
    long id = messageNow(text);
    sendDue();
    sendDue();
    List<MimeMessage> mine =
        Arrays.stream(mail.getReceivedMessages())
            .filter(m -> recipient(m).equals(address))
            .toList();
    assertEquals(1, mine.size(), "one mail, not one per run");
    assertTrue(mine.get(0).getContent().toString().contains(text));
    assertTrue(mine.get(0).getSubject().contains("每日一句"), mine.get(0).getSubject());
    JsonObject email =
        Api.as("gongsi1")
            .get("api/v1/messages/" + id + "/deliveries")
            .json()
            .getJsonArray("channels")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> l.getString("channel").equals("EMAIL"))
            .findFirst()
            .orElseThrow();
    assertTrue(email.getInt("sent") >= 1, email.toString());
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aChannelTheServerDoesNotOfferOrHalfQuietHoursAreRefusedInChinese() {
    Api member = Api.as("dangyuan1");
    Api.Reply off =
        member.put("api/v1/messages/preferences", null, "{\"channels\":[\"DINGTALK\"]}");
    assertEquals(400, off.status(), off.body());
    assertTrue(off.body().contains("未开通"), off.body());
    Api.Reply half =
        member.put(
            "api/v1/messages/preferences", null, "{\"channels\":[],\"quietFrom\":\"22:00\"}");
    assertEquals(400, half.status(), half.body());
    assertTrue(half.body().contains("quietTo"), half.body());
    JsonObject mine = member.get("api/v1/messages/preferences").json();
    assertTrue(mine.getJsonArray("offered").toString().contains("SMS"), mine.toString());
    assertTrue(!mine.getJsonArray("offered").toString().contains("DINGTALK"), mine.toString());
  }

  @Test
  void onAPhoneAMemberChoosesSmsAndQuietHoursAndTheEditorSeesTheDelivery() {
    String text = unique("手机上设置接收方式。");
    long id;
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("education/inbox.xhtml");
      b.driver.findElement(By.cssSelector("#receivingBox summary")).click();
      WebElement sms = b.visible(By.cssSelector("#receiving\\:channels input[value='SMS']"));
      if (!sms.isSelected()) {
        sms.click();
      }
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = '22:00'; arguments[1].value = '06:00';",
              b.driver.findElement(By.id("receiving:quietFrom")),
              b.driver.findElement(By.id("receiving:quietTo")));
      b.driver.findElement(By.id("receiving:saveReceiving")).click();
      b.waitForText(By.id("messages"), "已保存");
      b.screenshot("receiving-390");
    }
    JsonObject mine = Api.as("dangyuan1").get("api/v1/messages/preferences").json();
    assertEquals("22:00:00", mine.getString("quietFrom"), mine.toString());
    assertTrue(mine.getJsonArray("chosen").toString().contains("SMS"), mine.toString());
    id = messageNow(text);
    sendDue();
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("education/delivery.xhtml?id=" + id);
      b.waitForText(By.id("channels"), "短信");
      // a branch with no organization under it: no table by organization repeating the totals
      assertTrue(b.driver.findElements(By.id("places")).isEmpty());
      b.screenshot("delivery-1280");
    }
    try (Browser b = new Browser(390, 844)) {
      b.login("gongsi1");
      b.open("education/delivery.xhtml?id=" + id);
      b.waitForText(By.id("channels"), "短信");
      b.screenshot("delivery-390");
    }
  }
}
