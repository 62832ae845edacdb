package cn.dangjian.domain.credential;

import cn.dangjian.domain.shared.DataKey;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The code a card's or certificate's QR link carries: its number and a signature only the server
 * can make, so that numbers cannot be tried one after another to read members' names.
 */
public final class VerificationCode {
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final int SIGNATURE_BYTES = 10;

  private VerificationCode() {}

  public static String of(String number, DataKey key) {
    return number + "." + base32(signature(number, key));
  }

  /** The number a code was made for, or empty when the code is not one the server made. */
  public static Optional<String> numberOf(String code, DataKey key) {
    if (code == null) {
      return Optional.empty();
    }
    int dot = code.strip().lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String number = code.strip().substring(0, dot);
    byte[] expected = base32(signature(number, key)).getBytes();
    byte[] given = code.strip().substring(dot + 1).toUpperCase().getBytes();
    return MessageDigest.isEqual(expected, given) ? Optional.of(number) : Optional.empty();
  }

  private static byte[] signature(String number, DataKey key) {
    return Arrays.copyOf(key.sign("credential " + number), SIGNATURE_BYTES);
  }

  private static String base32(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        s.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      s.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return s.toString();
  }
}
