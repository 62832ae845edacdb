package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The caller's language for API messages: English when asked for first, Chinese otherwise. */
public final class ApiLanguage {
  private ApiLanguage() {}

  public static Messages of(HttpHeaders headers) {
    return of(headers.getAcceptableLanguages());
  }

  static Messages of(List<Locale> acceptable) {
    return Messages.in(locale(acceptable));
  }

  public static Locale locale(List<Locale> acceptable) {
    for (Locale l : acceptable) {
      if (l.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
      if (l.getLanguage().equals("zh")) {
        break;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
