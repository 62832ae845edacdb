package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The pages' texts as {@code #{ui['key']}}: the UI bundle first, then the business messages
 * (errors); an enum's label as {@code #{ui[member.sex]}}. Chinese is the root; no fallback to the
 * server's default locale.
 */
@Named("ui")
@RequestScoped
public class UiText extends AbstractMap<String, String> {
  private static final String BUNDLE = "cn.dangjian.web.ui";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ResourceBundle bundle;
  private Messages messages;
  private Locale locale;

  public static Locale currentLocale() {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc != null && fc.getViewRoot() != null) {
      return fc.getViewRoot().getLocale();
    }
    return Locale.SIMPLIFIED_CHINESE;
  }

  private void init() {
    if (bundle == null) {
      locale = currentLocale();
      bundle = ResourceBundle.getBundle(BUNDLE, locale, UiText.class.getClassLoader(), NO_FALLBACK);
      messages = Messages.in(locale);
    }
  }

  @Override
  public String get(Object key) {
    init();
    // A map lookup rather than a method call: EL 5 finds a called method by copying the class's
    // methods every time, and tables show a label in every row.
    if (key instanceof Enum<?> value) {
      return messages.label(value);
    }
    String k = String.valueOf(key);
    try {
      return bundle.getString(k);
    } catch (MissingResourceException e) {
      return messages.text(k);
    }
  }

  @Override
  public boolean containsKey(Object key) {
    return true;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return Set.of();
  }

  /** {@code #{ui.format('roster.count', n)}}. */
  public String format(String key, Object... args) {
    init();
    return Messages.format(get(key), locale, args);
  }

  /**
   * A service's key and arguments (a reason it gives) as text: {@code #{ui.text(l.key(),
   * l.args())}}.
   */
  public String text(String key, java.util.List<?> args) {
    return format(key, args.toArray());
  }

  /** A list as the reader lists things (黎新玉、蒋永). */
  public String list(java.util.Collection<?> items) {
    return messages().list(items);
  }

  public Messages messages() {
    init();
    return messages;
  }

  public Locale getLocale() {
    init();
    return locale;
  }
}
