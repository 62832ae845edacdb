package cn.dangjian.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that seals personal data at rest (citizen ids, phone numbers): SM4-GCM with a fresh nonce
 * for each value, and HMAC-SM3 for the lookup index that lets an exact citizen id be found without
 * opening every row. Both keys are derived from one 256-bit secret, the server variable {@value
 * #VARIABLE}; the database never holds it.
 */
public final class DataKey {
  public static final String VARIABLE = "dangjian.dataKey";

  /**
   * Marks a sealed value, so that a value written before sealing existed is never taken for one.
   */
  static final String PREFIX = "sm4:";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] sealKey;
  private final byte[] indexKey;
  private final byte[] signKey;

  private DataKey(byte[] secret) {
    this.sealKey = Arrays.copyOf(hmac(secret, "dangjian sm4 seal"), 16);
    this.indexKey = hmac(secret, "dangjian sm3 lookup index");
    this.signKey = hmac(secret, "dangjian sm3 verification link");
  }

  /** The key from 64 hexadecimal digits (e.g. {@code openssl rand -hex 32}). */
  public static DataKey ofHex(String hex) {
    if (hex == null || !hex.strip().matches("[0-9a-fA-F]{64}")) {
      throw new IllegalStateException(
          "The server variable "
              + VARIABLE
              + " must hold 64 hexadecimal digits (openssl rand -hex 32); see the README");
    }
    return new DataKey(HexFormat.of().parseHex(hex.strip()));
  }

  /** The server's key, read once; the application does not start without it. */
  public static DataKey configured() {
    return Configured.KEY;
  }

  private static final class Configured {
    static final DataKey KEY =
        ofHex(ConfigProvider.getConfig().getOptionalValue(VARIABLE, String.class).orElse(null));
  }

  /** {@code text} sealed with a fresh nonce: the same text never looks the same twice. */
  public String seal(String text) {
    if (text == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] out = run(true, nonce, text.getBytes(StandardCharsets.UTF_8), 0);
    byte[] sealed = new byte[NONCE_BYTES + out.length];
    System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
    System.arraycopy(out, 0, sealed, NONCE_BYTES, out.length);
    return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(sealed);
  }

  /** The text of a sealed value; a value altered or sealed with another key is refused. */
  public String open(String sealed) {
    if (sealed == null) {
      return null;
    }
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("A personal data column holds a value that is not sealed");
    }
    byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
    return new String(run(false, nonce, all, NONCE_BYTES), StandardCharsets.UTF_8);
  }

  /** The keyed index of {@code text}: equal texts, equal keys; nothing to learn without the key. */
  public String lookupKey(String text) {
    return text == null
        ? null
        : HexFormat.of().formatHex(hmac(indexKey, text.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * The keyed signature of {@code text} (HMAC-SM3 under a key of its own): what a printed link
   * carries so that only the server could have made it.
   */
  public byte[] sign(String text) {
    return hmac(signKey, text);
  }

  private byte[] run(boolean encrypt, byte[] nonce, byte[] input, int offset) {
    GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(sealKey), TAG_BITS, nonce));
    byte[] out = new byte[gcm.getOutputSize(input.length - offset)];
    int n = gcm.processBytes(input, offset, input.length - offset, out, 0);
    try {
      n += gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException(
          "A sealed value does not open with this key: altered, or " + VARIABLE + " changed", e);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static byte[] hmac(byte[] key, String text) {
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(key));
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    mac.update(in, 0, in.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }
}
