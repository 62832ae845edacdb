package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The caller's language for API messages: English when asked for first, Chinese otherwise. */
public final class ApiLanguage {
  private ApiLanguage() {}

  public static Messages of(HttpHeaders headers) {
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
