package cn.dangjian.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.application.messaging.ChannelSender.Outcome;
import cn.dangjian.application.messaging.ChannelSender.Result;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS sender's requests and its reading of the providers' answers, against a local server. */
class SmsSenderTest {
  private HttpServer server;
  private final Deque<String[]> answers = new ArrayDeque<>();
  private final List<String> bodies = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();
  private final List<String> timestamps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext(
        "/",
        x -> {
          bodies.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          authorizations.add(x.getRequestHeaders().getFirst("Authorization"));
          timestamps.add(x.getRequestHeaders().getFirst("X-TC-Timestamp"));
          String[] a = answers.poll();
          byte[] body = a[1].getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(Integer.parseInt(a[0]), body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
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
    s.settings = new ProviderSettings();
    s.settings.gateway = Optional.of("http://localhost:" + server.getAddress().getPort());
    s.settings.retryPause = Duration.ofMillis(1);
    s.callsPerSecond = 1000;
    return s;
  }

  @Test
  void tencentAfterA500AnswersEachNumberAndSignsTheCall() {
    answers.add(new String[] {"500", "{}"});
    answers.add(
        new String[] {
          "200",
          "{\"Response\":{\"SendStatusSet\":[{\"PhoneNumber\":\"+8613800000001\",\"Code\":\"Ok\","
              + "\"SerialNo\":\"s1\"},{\"PhoneNumber\":\"+8613800000002\",\"Code\":"
              + "\"InvalidParameterValue.IncorrectPhoneNumber\",\"Message\":\"wrong\"}],"
              + "\"RequestId\":\"r\"}}"
        });
    List<Outcome> out =
        sender("tencent")
            .send("学习党章", List.of("13800000001", "138 0000 0002", "13800000003"), "ref-1");
    assertEquals(2, bodies.size(), "the 500 was tried again once");
    assertEquals(Result.SENT, out.get(0).result());
    assertEquals(Result.REFUSED, out.get(1).result());
    assertTrue(out.get(1).answer().startsWith("InvalidParameterValue"), out.get(1).answer());
    assertEquals(Result.UNKNOWN, out.get(2).result(), "a number the answer leaves out");
    String body = bodies.get(1);
    assertTrue(body.contains("\"+8613800000002\"") && body.contains("学习党章"), body);
    String host = "localhost:" + server.getAddress().getPort();
    assertEquals(
        TencentSignature.authorization(
            "AKIDtest", "secret", "sms", host, Long.parseLong(timestamps.get(1)), body),
        authorizations.get(1));
  }

  @Test
  void aliyunThrottlingIsForLaterAndAnUnknownTemplateIsRefusedForAll() {
    answers.add(new String[] {"200", "{\"Code\":\"Throttling.User\",\"Message\":\"busy\"}"});
    assertEquals(
        Result.LATER, sender("aliyun").send("t", List.of("13800000001"), "ref-1").get(0).result());
    answers.add(
        new String[] {"200", "{\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\",\"Message\":\"template\"}"});
    List<Outcome> refused =
        sender("aliyun").send("t", List.of("13800000001", "13800000002"), "ref-1");
    assertTrue(refused.stream().allMatch(o -> o.result() == Result.REFUSED), refused.toString());
    assertTrue(refused.get(0).answer().startsWith("isv.SMS_TEMPLATE_ILLEGAL"));
  }

  @Test
  void threeAnswersOf500AreForLater() {
    for (int i = 0; i < 3; i++) {
      answers.add(new String[] {"503", "busy"});
    }
    Outcome o = sender("aliyun").send("t", List.of("13800000001"), "ref-1").get(0);
    assertEquals(Result.LATER, o.result());
    assertEquals("HTTP 503", o.answer());
    assertEquals(3, bodies.size());
  }

  @Test
  void aliyunIsAskedWhetherItHasACallByItsOutId() {
    answers.add(
        new String[] {
          "200",
          "{\"Code\":\"OK\",\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[{\"PhoneNum\":"
              + "\"13800000001\",\"OutId\":\"claim-7\",\"SendStatus\":3}]},\"TotalCount\":\"1\"}"
        });
    answers.add(
        new String[] {"200", "{\"Code\":\"OK\",\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[]}}"});
    answers.add(new String[] {"500", "{}"});
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
      answers.add(new String[] {"200", "{\"Code\":\"OK\",\"BizId\":\"b\"}"});
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
