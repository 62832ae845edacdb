package cn.dangjian.application.shared;

import static java.util.stream.Collectors.joining;

import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.Violation;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Turns bundle keys from the domain into text in the user's language. Chinese is the root bundle;
 * lookups never fall back to the JVM's default locale, so a server started in English still answers
 * Chinese users in Chinese.
 */
public final class Messages {

  private static final Logger LOG = Logger.getLogger(Messages.class.getName());
  private static final String BUNDLE = "cn.dangjian.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  public static Messages in(Locale locale) {
    return new Messages(locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
  }

  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      // Shown as JSF shows a missing key, so that a page never passes a raw key off as text.
      LOG.warning(() -> "No text for key " + key + " in " + locale);
      return "???" + key + "???";
    }
    if (args == null || args.length == 0) {
      return pattern;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = shown(args[i]);
    }
    return format(pattern, locale, shown);
  }

  /**
   * A pattern with its arguments, whole numbers in a plain placeholder (years, counts, ids) as
   * plain digits: 2026年, not 2,026年; a placeholder with a format of its own ({0,number,#}) keeps
   * the number. Pages' texts go through here too.
   */
  public static String format(String pattern, Locale locale, Object... args) {
    MessageFormat format = new MessageFormat(pattern, locale);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      boolean plain = i >= formats.length || formats[i] == null;
      if (plain
          && (shown[i] instanceof Integer
              || shown[i] instanceof Long
              || shown[i] instanceof Short)) {
        shown[i] = String.valueOf(shown[i]);
      }
    }
    return format.format(shown);
  }

  public String text(DomainException e) {
    return text(e.key(), e.args());
  }

  public String text(Violation v) {
    return text(v.key(), v.args().toArray());
  }

  /** A moment as people here read it: Beijing time to the minute. */
  public String time(Instant at) {
    return BeijingTime.minute(at);
  }

  /** The label of an enum constant, e.g. {@code enum.Sex.MALE}. */
  public String label(Enum<?> value) {
    return value == null
        ? ""
        : text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * Names or labels as a reader lists them: 黎新玉、蒋永 in Chinese, "a, b" in English; never a Java
   * list's brackets.
   */
  public String list(Collection<?> items) {
    String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
    return items == null
        ? ""
        : items.stream().map(this::shown).map(String::valueOf).collect(joining(separator));
  }

  private Object shown(Object arg) {
    if (arg instanceof Enum<?> e) {
      return label(e);
    }
    if (arg instanceof Collection<?> c) {
      return list(c);
    }
    if (arg instanceof String s
        && (s.startsWith("entity.") || s.startsWith("enum."))
        && bundle.containsKey(s)) {
      return bundle.getString(s);
    }
    return arg == null ? "" : String.valueOf(arg);
  }
}
