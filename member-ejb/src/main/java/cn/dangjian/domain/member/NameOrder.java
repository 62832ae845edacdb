package cn.dangjian.domain.member;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a name goes in a list: by pinyin (蒋 before 黎 before 李 before 王), as Chinese readers look
 * for a name, not by code point. The key is the Chinese collation key (primary weights only) in
 * hexadecimal, so that the database orders it byte by byte and one index serves both the order and
 * a search by the first characters: the key of 王 starts the key of 王小明.
 */
public final class NameOrder {
  /** Enough for the first 16 characters; longer names are ordered by those, then by id. */
  public static final int LENGTH = 240;

  private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

  /** Closes every key (the empty secondary and tertiary levels); a prefix goes without it. */
  private static final String END = "00000000";

  static {
    CHINESE.setStrength(Collator.PRIMARY);
  }

  private NameOrder() {}

  public static String key(String name) {
    if (name == null) {
      return null;
    }
    String hex = hex(name);
    return hex.length() <= LENGTH ? hex : hex.substring(0, LENGTH);
  }

  /** What the key of every name that begins with {@code start} begins with. */
  public static String prefix(String start) {
    String hex = hex(start);
    return hex.endsWith(END) ? hex.substring(0, hex.length() - END.length()) : hex;
  }

  private static String hex(String text) {
    // a Collator is not safe for concurrent use
    Collator c = (Collator) CHINESE.clone();
    return HexFormat.of().formatHex(c.getCollationKey(text.strip()).toByteArray());
  }
}
