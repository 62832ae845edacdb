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

/** WeCom application messages: one call for many accounts, the token, WeCom's answers read. */
class WecomSenderTest {
  private LocalProvider provider;

  @BeforeEach
  void start() throws IOException {
    provider = new LocalProvider();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private String call(int i) {
    LocalProvider.Request r = provider.requests.get(i);
    return r.uri() + " " + r.body();
  }

  private WecomSender sender() {
    WecomSender s = new WecomSender();
    s.corpId = Optional.of("ww-corp");
    s.secret = Optional.of("app-secret");
    s.agentId = Optional.of("1000002");
    s.settings = provider.settings();
    return s;
  }

  private static final String TOKEN = "{\"errcode\":0,\"access_token\":\"t1\",\"expires_in\":7200}";

  @Test
  void oneCallForAllAccountsAndThoseWecomDoesNotKnowAreRefused() {
    provider.answer("200", TOKEN);
    provider.answer(
        "200", "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"zhangsan\",\"msgid\":\"m\"}");
    List<Outcome> outcomes = sender().send("学习强国", List.of("LiSi", "ZhangSan"), "ref");
    assertEquals(Result.SENT, outcomes.get(0).result());
    assertEquals(
        Result.REFUSED, outcomes.get(1).result(), "WeCom answers the UserID in lower case");
    assertTrue(call(0).startsWith("/cgi-bin/gettoken?corpid=ww-corp&corpsecret=app-secret"));
    assertTrue(call(1).startsWith("/cgi-bin/message/send?access_token=t1"), call(1));
    assertTrue(call(1).contains("\"touser\":\"LiSi|ZhangSan\""), call(1));
    assertTrue(call(1).contains("\"agentid\":1000002"), call(1));
  }

  @Test
  void anExpiredTokenIsFetchedAgainOnceAndABusyWecomMeansLater() {
    WecomSender s = sender();
    provider.answer("200", TOKEN);
    provider.answer("200", "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
    provider.answer("200", "{\"errcode\":0,\"access_token\":\"t2\",\"expires_in\":7200}");
    provider.answer("200", "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
    List<Outcome> outcomes = s.send("学习强国", List.of("LiSi"), "ref");
    assertEquals(Result.LATER, outcomes.get(0).result());
    assertTrue(call(3).startsWith("/cgi-bin/message/send?access_token=t2"), call(3));
    assertEquals(4, provider.requests.size());
  }

  @Test
  void withoutAnAgentIdTheChannelIsOff() {
    WecomSender s = sender();
    s.agentId = Optional.empty();
    assertTrue(!s.configured());
  }
}
