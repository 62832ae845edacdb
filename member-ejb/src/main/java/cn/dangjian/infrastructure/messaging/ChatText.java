package cn.dangjian.infrastructure.messaging;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;

/** A text message as WeCom and DingTalk take it, within their limit of bytes. */
final class ChatText {
  /** WeCom's limit for a text (a robot's and an application message's): 2,048 bytes of UTF-8. */
  static final int MAX_BYTES = 2048;

  private ChatText() {}

  /** {"msgtype":"text","text":{"content":...}}, the text cut to the limit at a whole character. */
  static String body(String text) {
    return Json.createObjectBuilder()
        .add("msgtype", "text")
        .add("text", Json.createObjectBuilder().add("content", fit(text, MAX_BYTES)))
        .build()
        .toString();
  }

  /** The longest start of {@code text} whose UTF-8 takes at most {@code max} bytes; "…" if cut. */
  static String fit(String text, int max) {
    if (text.getBytes(StandardCharsets.UTF_8).length <= max) {
      return text;
    }
    String ellipsis = "…";
    int budget = max - ellipsis.getBytes(StandardCharsets.UTF_8).length;
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, end) + ellipsis;
  }
}
