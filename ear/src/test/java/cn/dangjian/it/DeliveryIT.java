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
 * Daily messages through the outbox, against stubs of the providers' APIs (StubGateway) and an SMTP
 * server (GreenMail): a member who chose SMS gets each message once, also when the gateway first
 * answers 500; in their quiet hours it waits; a refusal is reported with the provider's answer and
 * can be resent on purpose; a message reaches SMS, e-mail, WeCom and the branch's group chats once
 * each; a robot gets at most 20 posts a minute and a number at most its SMS a day. The
 * application's clock is fixed at 10:00 Beijing time (the robots' rate goes by the wall clock).
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
    return phoneOf(member);
  }

  private static String phoneOf(Api member) {
    return member.myRecord().getString("phone");
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
    return line(message, "SMS");
  }

  private static JsonObject line(long message, String channel) {
    Api.Reply report = Api.as("zuzhibu").get("api/v1/messages/" + message + "/deliveries");
    assertEquals(200, report.status(), report.body());
    return report.json().getJsonArray("channels").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getString("channel").equals(channel))
        .findFirst()
        .orElseThrow(() -> new AssertionError(channel + ": " + report.body()));
  }

  /** A message for all members of the organization now, by the group's organization department. */
  private static long messageFor(long org, String text) {
    Api.Reply written =
        Api.as("zuzhibu")
            .post("api/v1/messages", MessagingIT.message(org, "CURRENT_AFFAIRS", text, "ALL", NOW));
    assertEquals(201, written.status(), written.body());
    return written.json().getJsonNumber("id").longValue();
  }

  /** Runs the outbox until the condition holds (a robot's minute may be full: up to 90 s). */
  private static void sendUntil(java.util.function.BooleanSupplier done, String what) {
    new org.openqa.selenium.support.ui.FluentWait<>(done)
        .withTimeout(java.time.Duration.ofSeconds(90))
        .pollingEvery(java.time.Duration.ofMillis(500))
        .withMessage(what)
        .until(
            d -> {
              sendDue();
              return d.getAsBoolean();
            });
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
        member.put("api/v1/messages/preferences", null, "{\"channels\":[\"DINGTALK_GROUP\"]}");
    assertEquals(400, off.status(), off.body());
    assertTrue(off.body().contains("未开通"), off.body());
    Api.Reply half =
        member.put(
            "api/v1/messages/preferences", null, "{\"channels\":[],\"quietFrom\":\"22:00\"}");
    assertEquals(400, half.status(), half.body());
    assertTrue(half.body().contains("quietTo"), half.body());
    JsonObject mine = member.get("api/v1/messages/preferences").json();
    assertTrue(mine.getJsonArray("offered").toString().contains("SMS"), mine.toString());
    assertTrue(!mine.getJsonArray("offered").toString().contains("GROUP"), mine.toString());
  }

  @Test
  void aMessageForABranchReachesEveryChannelOnceAlthoughWecomsTokenHadExpired() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String account = "dy1-" + tag;
    String address = "dangyuan1-" + tag + "@example.cn";
    String phone = smsFor("null", "null");
    Api member = Api.as("dangyuan1");
    Api.Reply noAccount =
        member.put("api/v1/messages/preferences", null, "{\"channels\":[\"WECOM\",\"DINGTALK\"]}");
    assertEquals(400, noAccount.status(), noAccount.body());
    assertTrue(noAccount.body().contains("wecomAccount"), noAccount.body());
    assertTrue(noAccount.body().contains("请填写钉钉账号"), noAccount.body());
    Api.Reply chosen =
        member.put(
            "api/v1/messages/preferences",
            null,
            "{\"channels\":[\"SMS\",\"EMAIL\",\"WECOM\",\"DINGTALK\"],\"emailAddress\":\""
                + address
                + "\",\"wecomAccount\":\""
                + account
                + "\",\"dingtalkAccount\":\""
                + account
                + "\"}");
    assertEquals(200, chosen.status(), chosen.body());
    String text = unique("不忘初心，牢记使命。");
    long tokensBefore = gateway.tokensIssued();
    gateway.expireToken();
    long id = messageNow(text);
    // the branch's WeCom robot, its first group's, and the branch's DingTalk robot (signed)
    sendUntil(() -> gateway.postsWith(text).size() >= 3, "the robots' posts");
    sendDue();
    assertEquals(
        List.of("it-ding-branch", "it-wecom-branch", "it-wecom-group"),
        gateway.postsWith(text).stream().map(StubGateway.Post::to).sorted().toList());
    List<StubGateway.Post> wecom = gateway.wecomCallsWith(text);
    assertEquals(1, wecom.size(), wecom.toString());
    assertTrue(List.of(wecom.get(0).to().split("\\|")).contains(account), wecom.toString());
    assertTrue(gateway.tokensIssued() > tokensBefore, "a new token after 42001");
    List<StubGateway.Post> dingtalk = gateway.dingtalkCallsWith(text);
    assertEquals(1, dingtalk.size(), dingtalk.toString());
    assertTrue(List.of(dingtalk.get(0).to().split(",")).contains(account), dingtalk.toString());
    assertTrue(line(id, "DINGTALK").getInt("sent") >= 1);
    assertEquals(1, gateway.callsWith(text).size());
    assertTrue(gateway.callsWith(text).get(0).phones().contains(phone));
    assertEquals(
        1,
        Arrays.stream(mail.getReceivedMessages())
            .filter(m -> recipient(m).equals(address))
            .count());
    JsonObject groups = line(id, "WECOM_GROUP");
    assertEquals(2, groups.getInt("recipients"), groups.toString());
    assertEquals(2, groups.getInt("sent"), groups.toString());
    JsonObject ding = line(id, "DINGTALK_GROUP");
    assertEquals(1, ding.getInt("sent"), ding.toString());
    assertTrue(line(id, "WECOM").getInt("sent") >= 1);
  }

  @Test
  void aGroupChatsRobotGetsAtMostTwentyPostsAMinute() {
    long branch = RecruitmentIT.branchOf(Api.as("shuji2"));
    String tag = unique("限速");
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ids.add(messageFor(branch, tag + "-" + i));
    }
    sendDue();
    long posted =
        java.util.stream.IntStream.range(0, 25)
            .mapToLong(i -> gateway.postsWith(tag + "-" + i).size())
            .sum();
    long pending = ids.stream().mapToLong(id -> line(id, "DINGTALK_GROUP").getInt("pending")).sum();
    assertTrue(posted <= 20, "posted " + posted);
    assertEquals(25, posted + pending, "the rest wait for the next minute");
    assertTrue(gateway.mostPostsInAMinute("it-ding-rate") <= 20);
    assertEquals(0, gateway.robotRefusals("it-ding-rate"), "the robot never had to refuse one");
  }

  @Test
  void workersRunningAtOnceSendEachDeliveryOnce() throws Exception {
    String phone = smsFor("null", "null");
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    String tag = unique("并发");
    for (int i = 0; i < 10; i++) {
      // for the branch committee (dangyuan1 is its 组织委员): no group chat's post
      Api.Reply written =
          Api.as("zuzhibu")
              .post(
                  "api/v1/messages",
                  MessagingIT.message(branch, "JOB_KNOWLEDGE", tag + "-" + i, "LEADERS", NOW));
      assertEquals(201, written.status(), written.body());
    }
    // six runs of the outbox at once, as six servers' timers would: each claims its own
    java.util.concurrent.ExecutorService runs =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<JsonObject>> done = new java.util.ArrayList<>();
      for (int r = 0; r < 6; r++) {
        done.add(runs.submit(DeliveryIT::sendDue));
      }
      for (var f : done) {
        f.get();
      }
    } finally {
      runs.shutdown();
    }
    sendDue();
    for (int i = 0; i < 10; i++) {
      String text = tag + "-" + i;
      assertEquals(
          1,
          gateway.callsWith(text).stream()
              .mapToLong(c -> c.phones().stream().filter(phone::equals).count())
              .sum(),
          text);
    }
  }

  @Test
  void aNumberGetsAtMostFiftySmsADayAndTheRestTheNextDay() {
    Api secretary = Api.as("shuji2");
    Api.Reply chosen =
        secretary.put("api/v1/messages/preferences", null, "{\"channels\":[\"SMS\"]}");
    assertEquals(200, chosen.status(), chosen.body());
    String phone = phoneOf(secretary);
    long branch = RecruitmentIT.branchOf(secretary);
    String tag = unique("每日上限");
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 51; i++) {
      ids.add(messageFor(branch, tag + "-" + i));
    }
    sendDue();
    // the application's day is fixed: every SMS this number ever got in the run is today's
    assertEquals(50, gateway.smsTo(phone));
    long waiting = ids.stream().mapToLong(id -> smsLine(id).getInt("pending")).sum();
    assertTrue(waiting >= 1, "at least this test's 51st waits for tomorrow");
    // turning SMS off cancels what waits for it
    assertEquals(
        200, secretary.put("api/v1/messages/preferences", null, "{\"channels\":[]}").status());
    assertEquals(0, ids.stream().mapToLong(id -> smsLine(id).getInt("pending")).sum());
    sendDue();
    assertEquals(50, gateway.smsTo(phone));
  }

  /** The texts of the member's notices in their inbox. */
  private static List<String> notices(Api member) {
    return member
        .get("api/v1/messages/inbox?max=100&category=NOTICE")
        .json()
        .getJsonArray("items")
        .stream()
        .map(i -> i.asJsonObject().getString("text"))
        .toList();
  }

  @Test
  void aSessionAheadIsAnnouncedToThoseExpectedByTheirChannels() {
    String phone = smsFor("null", "null");
    String topic = unique("学习新修订的纪律处分条例");
    Api shuji1 = Api.as("shuji1");
    Api.Reply planned =
        shuji1.post(
            "api/v1/study-sessions",
            "{\"organizationId\":"
                + RecruitmentIT.branchOf(shuji1)
                + ",\"mode\":\"BRANCH_SCHEDULED\",\"topic\":\""
                + topic
                + "\",\"heldOn\":\"2026-07-03\",\"startsAt\":\"15:00\",\"hours\":2,"
                + "\"place\":\"综采一队会议室\"}");
    assertEquals(201, planned.status(), planned.body());
    sendDue();
    String text = "【学习安排】2026-07-03 15:00，综采一队会议室：" + topic + "。";
    assertTrue(
        gateway.callsWith(text).stream().anyMatch(c -> c.phones().contains(phone)),
        "by SMS: " + text);
    assertTrue(notices(Api.as("dangyuan1")).contains(text), "in the inbox, as a notice");
    // the branch's group chat too (a session for all its members)
    assertTrue(
        gateway.postsWith(text).stream().anyMatch(p -> p.to().equals("it-wecom-branch"))
            || line(messageOf(text), "WECOM_GROUP").getInt("pending") == 1,
        "the group chat has it, or it waits for the robot's next minute");
    // notices are not in the editors' calendar of daily messages
    Api.Reply calendar = Api.as("zuzhibu").get("api/v1/messages?from=2026-06-30&to=2026-07-01");
    assertTrue(!calendar.body().contains(topic), calendar.body());
  }

  /** The id of the notice with this text, from dangyuan1's inbox. */
  private static long messageOf(String text) {
    return Api.as("dangyuan1")
        .get("api/v1/messages/inbox?max=100&category=NOTICE")
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("text").equals(text))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("messageId")
        .longValue();
  }

  @Test
  void aStepOwedInACaseIsToldToTheBranchCommitteeByTheirChannels() {
    Api shuji1 = Api.as("shuji1");
    assertEquals(
        200, shuji1.put("api/v1/messages/preferences", null, "{\"channels\":[\"SMS\"]}").status());
    String phone = phoneOf(shuji1);
    String name = "赵" + (char) ('甲' + new java.util.Random().nextInt(9)) + "逾";
    String first17 = String.format("140202%s%03d", "19970707", (int) (Math.random() * 900) + 100);
    // applied in April: the talk (due within a month) is overdue on June 30
    Api.Reply opened =
        shuji1.post(
            "api/v1/cases", RecruitmentIT.open(shuji1, name, first17, "1997-07-07", "2026-04-20"));
    assertEquals(201, opened.status(), opened.body());
    String text = "【发展党员·已逾期】" + name + "：“";
    assertTrue(
        notices(shuji1).stream().anyMatch(t -> t.startsWith(text) && t.contains("2026-05-20")),
        "in the secretary's inbox at once: " + notices(shuji1));
    sendDue();
    assertTrue(
        gateway
            .callsWith(
                notices(shuji1).stream().filter(t -> t.startsWith(text)).findFirst().orElseThrow())
            .stream()
            .anyMatch(c -> c.phones().contains(phone)),
        "by the SMS the secretary chose");
    // the branch committee: the secretary and dangyuan1, its 组织委员; no one else of the branch
    assertTrue(notices(Api.as("dangyuan1")).stream().anyMatch(t -> t.startsWith(text)));
    long notice =
        shuji1
            .get("api/v1/messages/inbox?max=100&category=NOTICE")
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("text").startsWith(text))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("messageId")
            .longValue();
    assertEquals(2, line(notice, "APP").getInt("recipients"));
    assertEquals(
        200, shuji1.put("api/v1/messages/preferences", null, "{\"channels\":[]}").status());
  }

  @Test
  void aCourseIsAnnouncedToItsAudienceTheMorningItOpens() {
    String title = unique("党章学习");
    JsonObject course = CourseIT.openCourse(title, "ALL");
    assertTrue(course.getJsonNumber("id").longValue() > 0);
    sendDue();
    String text = "【网上课程】《" + title + "》已开课，请于2026-07-31前学完（在“学习—课程”中）。";
    assertTrue(
        notices(Api.as("dangyuan1")).contains(text), notices(Api.as("dangyuan1")).toString());
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
      // by organization: the branch's own members and group chat, and its first group's chat
      b.waitForText(By.id("places"), "企业微信群");
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
