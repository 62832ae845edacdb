package cn.dangjian.domain.member;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a name goes in a list: by pinyin (蒋 before 黎 before 李 before 王), as Chinese readers look
 * for a name, not by code point. The key is the Chinese collation key in hexadecimal, so that the
 * database orders it byte by byte and an index serves it.
 */
public final class NameOrder {
  /** Enough for the first 16 characters; longer names are ordered by those, then by id. */
  public static final int LENGTH = 240;

  private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

  private NameOrder() {}

  public static String key(String name) {
    if (name == null) {
      return null;
    }
    // a Collator is not safe for concurrent use
    Collator c = (Collator) CHINESE.clone();
    String hex = HexFormat.of().formatHex(c.getCollationKey(name.strip()).toByteArray());
    return hex.length() <= LENGTH ? hex : hex.substring(0, LENGTH);
  }
}
