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

/** DingTalk work notifications: the token, one call for up to 100 userids, DingTalk's answers. */
class DingtalkSenderTest {
  private LocalProvider api;

  @BeforeEach
  void start() throws IOException {
    api = new LocalProvider();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private DingtalkSender sender() {
    DingtalkSender s = new DingtalkSender();
    s.appKey = Optional.of("dingapp");
    s.appSecret = Optional.of("app-secret");
    s.agentId = Optional.of("2000001");
    s.settings = api.settings();
    return s;
  }

  @Test
  void oneNotificationForTheAccountsWithTheTokenAndTheAgent() {
    api.answer("200", "{\"errcode\":0,\"access_token\":\"t1\",\"expires_in\":7200}");
    api.answer("200", "{\"errcode\":0,\"task_id\":256271667526,\"request_id\":\"r\"}");
    List<Outcome> outcomes = sender().send("学习强国", List.of("u1", "u2"), "ref");
    assertEquals(
        List.of(Result.SENT, Result.SENT), outcomes.stream().map(Outcome::result).toList());
    assertEquals("/gettoken?appkey=dingapp&appsecret=app-secret", api.requests.get(0).uri());
    LocalProvider.Request send = api.requests.get(1);
    assertEquals("/topapi/message/corpconversation/asyncsend_v2?access_token=t1", send.uri());
    assertTrue(send.body().contains("\"agent_id\":2000001"), send.body());
    assertTrue(send.body().contains("\"userid_list\":\"u1,u2\""), send.body());
    assertTrue(send.body().contains("\"content\":\"学习强国\""), send.body());
    assertEquals(100, sender().batchSize(), "DingTalk takes 100 userids a call");
  }

  @Test
  void tooManyNowIsLaterAndAnUnknownAgentIsRefused() {
    DingtalkSender s = sender();
    api.answer("200", "{\"errcode\":0,\"access_token\":\"t1\",\"expires_in\":7200}");
    api.answer("200", "{\"errcode\":90018,\"errmsg\":\"too many\"}");
    assertEquals(Result.LATER, s.send("一", List.of("u1"), "r").get(0).result());
    api.answer("200", "{\"errcode\":60020,\"errmsg\":\"agent not found\"}");
    assertEquals(Result.REFUSED, s.send("二", List.of("u1"), "r").get(0).result());
    assertEquals(3, api.requests.size(), "the token was kept for the second call");
  }
}
