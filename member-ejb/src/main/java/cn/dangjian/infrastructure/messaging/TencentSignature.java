package cn.dangjian.infrastructure.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Tencent Cloud's API 3.0 signature (TC3-HMAC-SHA256) of a JSON POST: the canonical request over
 * content-type and host, and a key derived from the secret, the UTC date, the service and
 * "tc3_request".
 */
public final class TencentSignature {
  public static final String ALGORITHM = "TC3-HMAC-SHA256";
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private TencentSignature() {}

  public static String authorization(
      String secretId,
      String secretKey,
      String service,
      String host,
      long timestamp,
      String payload) {
    String date = Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
    String canonical =
        "POST\n/\n\ncontent-type:"
            + CONTENT_TYPE
            + "\nhost:"
            + host
            + "\n\ncontent-type;host\n"
            + Hmac.sha256Hex(payload);
    String scope = date + "/" + service + "/tc3_request";
    String toSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + Hmac.sha256Hex(canonical);
    byte[] key = Hmac.sha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    key = Hmac.sha256(key, service);
    key = Hmac.sha256(key, "tc3_request");
    return ALGORITHM
        + " Credential="
        + secretId
        + "/"
        + scope
        + ", SignedHeaders=content-type;host, Signature="
        + Hmac.hex(Hmac.sha256(key, toSign));
  }
}
