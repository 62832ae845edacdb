package cn.dangjian.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.application.messaging.ChannelSender.Outcome;
import cn.dangjian.application.messaging.ChannelSender.Result;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS sender's requests and its reading of the providers' answers, against a local server. */
class SmsSenderTest {
  private LocalProvider api;

  @BeforeEach
  void start() throws IOException {
    api = new LocalProvider();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private SmsSender sender(String provider) {
    SmsSender s = new SmsSender();
    s.provider = provider;
    s.keyId = Optional.of("AKIDtest");
    s.keySecret = Optional.of("secret");
    s.signName = Optional.of("党建");
    s.template = Optional.of("1234567");
    s.appId = Optional.of("1400000000");
    s.region = "ap-guangzhou";
    s.settings = api.settings();
    s.callsPerSecond = 1000;
    return s;
  }

  @Test
  void tencentAfterA500AnswersEachNumberAndSignsTheCall() {
    api.answer("500", "{}");
    api.answer(
        "200",
        "{\"Response\":{\"SendStatusSet\":[{\"PhoneNumber\":\"+8613800000001\",\"Code\":\"Ok\","
            + "\"SerialNo\":\"s1\"},{\"PhoneNumber\":\"+8613800000002\",\"Code\":"
            + "\"InvalidParameterValue.IncorrectPhoneNumber\",\"Message\":\"wrong\"}],"
            + "\"RequestId\":\"r\"}}");
    List<Outcome> out =
        sender("tencent")
            .send("学习党章", List.of("13800000001", "138 0000 0002", "13800000003"), "ref-1");
    assertEquals(2, api.requests.size(), "the 500 was tried again once");
    assertEquals(Result.SENT, out.get(0).result());
    assertEquals(Result.REFUSED, out.get(1).result());
    assertTrue(out.get(1).answer().startsWith("InvalidParameterValue"), out.get(1).answer());
    assertEquals(Result.UNKNOWN, out.get(2).result(), "a number the answer leaves out");
    String body = api.requests.get(1).body();
    assertTrue(body.contains("\"+8613800000002\"") && body.contains("学习党章"), body);
    String host = api.host();
    assertEquals(
        TencentSignature.authorization(
            "AKIDtest",
            "secret",
            "sms",
            host,
            Long.parseLong(api.requests.get(1).timestamp()),
            body),
        api.requests.get(1).authorization());
  }

  @Test
  void aliyunThrottlingIsForLaterAndAnUnknownTemplateIsRefusedForAll() {
    api.answer("200", "{\"Code\":\"Throttling.User\",\"Message\":\"busy\"}");
    assertEquals(
        Result.LATER, sender("aliyun").send("t", List.of("13800000001"), "ref-1").get(0).result());
    api.answer("200", "{\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\",\"Message\":\"template\"}");
    List<Outcome> refused =
        sender("aliyun").send("t", List.of("13800000001", "13800000002"), "ref-1");
    assertTrue(refused.stream().allMatch(o -> o.result() == Result.REFUSED), refused.toString());
    assertTrue(refused.get(0).answer().startsWith("isv.SMS_TEMPLATE_ILLEGAL"));
  }

  @Test
  void threeAnswersOf500AreForLater() {
    for (int i = 0; i < 3; i++) {
      api.answer("503", "busy");
    }
    Outcome o = sender("aliyun").send("t", List.of("13800000001"), "ref-1").get(0);
    assertEquals(Result.LATER, o.result());
    assertEquals("HTTP 503", o.answer());
    assertEquals(3, api.requests.size());
  }

  @Test
  void aliyunIsAskedWhetherItHasACallByItsOutId() {
    api.answer(
        "200",
        "{\"Code\":\"OK\",\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[{\"PhoneNum\":"
            + "\"13800000001\",\"OutId\":\"claim-7\",\"SendStatus\":3}]},\"TotalCount\":\"1\"}");
    api.answer("200", "{\"Code\":\"OK\",\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[]}}");
    api.answer("500", "{}");
    SmsSender aliyun = sender("aliyun");
    java.time.Instant at = java.time.Instant.parse("2026-06-30T02:00:00Z");
    assertEquals(Optional.of(true), aliyun.received("13800000001", "claim-7", at));
    assertEquals(Optional.of(false), aliyun.received("13800000001", "claim-7", at));
    assertEquals(Optional.empty(), aliyun.received("13800000001", "claim-7", at));
    assertEquals(Optional.empty(), sender("tencent").received("13800000001", "claim-7", at));
  }

  @Test
  void callsArePacedToTheConfiguredRate() {
    for (int i = 0; i < 5; i++) {
      api.answer("200", "{\"Code\":\"OK\",\"BizId\":\"b\"}");
    }
    SmsSender paced = sender("aliyun");
    paced.callsPerSecond = 20;
    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      paced.send("t", List.of("13800000001"), "ref-1");
    }
    // five calls at 20 a second take at least four intervals of 50 ms
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 200, "paced");
  }

  @Test
  void unconfiguredIsOffAndNumbersBecomeE164() {
    SmsSender off = sender("off");
    assertTrue(!off.configured());
    assertTrue(sender("aliyun").configured());
    assertEquals("+8613800000001", SmsSender.e164("138-0000-0001"));
    assertEquals("+85291234567", SmsSender.e164("+852 9123 4567"));
  }
}
