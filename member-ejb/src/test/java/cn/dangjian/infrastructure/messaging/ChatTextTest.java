package cn.dangjian.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** WeCom's and DingTalk's text: at most 2,048 bytes of UTF-8, never a character cut in two. */
class ChatTextTest {
  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void aTextWithinTheLimitIsSentAsItIs() {
    String text = "安全生产，人人有责。".repeat(68); // 680 characters, 2,040 bytes
    assertEquals(2040, bytes(text));
    assertEquals(text, ChatText.fit(text, ChatText.MAX_BYTES));
  }

  @Test
  void aLongerTextIsCutAtAWholeCharacterAndSaysSo() {
    String text = "党".repeat(683); // 2,049 bytes
    String fitted = ChatText.fit(text, ChatText.MAX_BYTES);
    assertTrue(bytes(fitted) <= ChatText.MAX_BYTES, bytes(fitted) + " bytes");
    assertEquals("党".repeat(681) + "…", fitted); // 2,043 + 3 bytes: a 682nd would make 2,049
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
    String text = "a" + "𠀀".repeat(600); // 4 bytes each
    String fitted = ChatText.fit(text, 11);
    assertEquals("a𠀀…", fitted); // 1 + 4 + 3; a second 𠀀 would make 12
  }

  @Test
  void theBodyIsATextMessage() {
    JsonObject body =
        Json.createReader(new StringReader(ChatText.body("学习强国\n\"强国有我\""))).readObject();
    assertEquals("text", body.getString("msgtype"));
    assertEquals("学习强国\n\"强国有我\"", body.getJsonObject("text").getString("content"));
  }
}
