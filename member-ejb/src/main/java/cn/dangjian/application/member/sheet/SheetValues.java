package cn.dangjian.application.member.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cell text as people type it in Excel: dates in the usual Chinese forms, 是/否, labels or codes. */
public final class SheetValues {
  /** 2008-07-01, 2008/7/1, 2008.7.1 and 2008\u5e747\u67081\u65e5 (year, month, day characters). */
  private static final Pattern DATE =
      Pattern.compile(
          "(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65e5?");

  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  /** A value the column cannot read; {@code key} is the bundle key of the reason. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    Unreadable(String key, String value) {
      super(value);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private SheetValues() {}

  public static LocalDate date(String v) {
    Matcher m = DATE.matcher(v);
    if (!m.matches()) {
      m = COMPACT_DATE.matcher(v);
    }
    if (m.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        throw new Unreadable("sheet.value.date", v);
      }
    }
    throw new Unreadable("sheet.value.date", v);
  }

  public static boolean yesNo(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    if (s.equals(SheetColumn.CHINESE.text("sheet.yes"))
        || s.equals("y")
        || s.equals("yes")
        || s.equals("1")
        || s.equals("true")) {
      return true;
    }
    if (s.equals(SheetColumn.CHINESE.text("sheet.no"))
        || s.equals("n")
        || s.equals("no")
        || s.equals("0")
        || s.equals("false")) {
      return false;
    }
    throw new Unreadable("sheet.value.yesNo", v);
  }

  /** The Chinese label (正式党员) or the code (FULL). */
  static <E extends Enum<E>> E enumValue(Class<E> type, String v) {
    String s = v.trim();
    for (E e : type.getEnumConstants()) {
      if (SheetColumn.CHINESE.label(e).equals(s) || e.name().equalsIgnoreCase(s)) {
        return e;
      }
    }
    throw new Unreadable("sheet.value.choice", v);
  }
}
