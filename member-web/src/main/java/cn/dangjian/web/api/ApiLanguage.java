package cn.dangjian.web.api;

import cn.dangjian.application.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The caller's language for API messages: English when asked for first, Chinese otherwise. */
final class ApiLanguage {
  private ApiLanguage() {}

  static Messages of(HttpHeaders headers) {
    for (Locale l : headers.getAcceptableLanguages()) {
      if (l.getLanguage().equals("en")) {
        return Messages.in(Locale.ENGLISH);
      }
      if (l.getLanguage().equals("zh")) {
        break;
      }
    }
    return Messages.in(Locale.SIMPLIFIED_CHINESE);
  }
}
