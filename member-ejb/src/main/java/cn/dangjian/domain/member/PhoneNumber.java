package cn.dangjian.domain.member;

import java.util.regex.Pattern;

/** Mainland mobile numbers (11 digits from 13x-19x) and landlines with area code (0351-1234567). */
public final class PhoneNumber {
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

  private PhoneNumber() {}

  public static boolean isValid(String phone) {
    return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches();
  }
}
