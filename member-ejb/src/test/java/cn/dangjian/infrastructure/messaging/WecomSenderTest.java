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

/** WeCom application messages: one call for many accounts, the token, WeCom's answers read. */
class WecomSenderTest {
  private HttpServer server;
  private final Deque<String> answers = new ArrayDeque<>();
  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext(
        "/",
        x -> {
          calls.add(
              x.getRequestURI()
                  + " "
                  + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body = answers.remove().getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(200, body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private WecomSender sender() {
    WecomSender s = new WecomSender();
    s.corpId = Optional.of("ww-corp");
    s.secret = Optional.of("app-secret");
    s.agentId = Optional.of("1000002");
    s.settings = new ProviderSettings();
    s.settings.gateway = Optional.of("http://localhost:" + server.getAddress().getPort());
    s.settings.retryPause = Duration.ofMillis(1);
    return s;
  }

  private static final String TOKEN = "{\"errcode\":0,\"access_token\":\"t1\",\"expires_in\":7200}";

  @Test
  void oneCallForAllAccountsAndThoseWecomDoesNotKnowAreRefused() {
    answers.add(TOKEN);
    answers.add("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"zhangsan\",\"msgid\":\"m\"}");
    List<Outcome> outcomes = sender().send("学习强国", List.of("LiSi", "ZhangSan"), "ref");
    assertEquals(Result.SENT, outcomes.get(0).result());
    assertEquals(
        Result.REFUSED, outcomes.get(1).result(), "WeCom answers the UserID in lower case");
    assertTrue(calls.get(0).startsWith("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=app-secret"));
    assertTrue(calls.get(1).startsWith("/cgi-bin/message/send?access_token=t1"), calls.get(1));
    assertTrue(calls.get(1).contains("\"touser\":\"LiSi|ZhangSan\""), calls.get(1));
    assertTrue(calls.get(1).contains("\"agentid\":1000002"), calls.get(1));
  }

  @Test
  void anExpiredTokenIsFetchedAgainOnceAndABusyWecomMeansLater() {
    WecomSender s = sender();
    answers.add(TOKEN);
    answers.add("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
    answers.add("{\"errcode\":0,\"access_token\":\"t2\",\"expires_in\":7200}");
    answers.add("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
    List<Outcome> outcomes = s.send("学习强国", List.of("LiSi"), "ref");
    assertEquals(Result.LATER, outcomes.get(0).result());
    assertTrue(calls.get(3).startsWith("/cgi-bin/message/send?access_token=t2"), calls.get(3));
    assertEquals(4, calls.size());
  }

  @Test
  void withoutAnAgentIdTheChannelIsOff() {
    WecomSender s = sender();
    s.agentId = Optional.empty();
    assertTrue(!s.configured());
  }
}
