package cn.dangjian.infrastructure.messaging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Aliyun's V3 request signature (ACS3-HMAC-SHA256): the canonical request (method, path, sorted
 * query, the signed headers in name order, the body's hash), hashed, then signed with the secret.
 */
public final class AliyunSignature {
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private AliyunSignature() {}

  /** RFC 3986 percent-encoding, as the canonical query wants it. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** The query as signed and sent: names in order, names and values encoded. */
  public static String canonicalQuery(Map<String, String> query) {
    return new TreeMap<>(query)
        .entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  /**
   * The Authorization header's value; {@code headers} (host and the x-acs- headers, the body's hash
   * among them) are all signed.
   */
  public static String authorization(
      String keyId,
      String secret,
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers) {
    SortedMap<String, String> signed = new TreeMap<>();
    headers.forEach((k, v) -> signed.put(k.toLowerCase(java.util.Locale.ROOT), v.strip()));
    String names = String.join(";", signed.keySet());
    String canonical =
        method
            + "\n"
            + path
            + "\n"
            + canonicalQuery(query)
            + "\n"
            + signed.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue() + "\n")
                .collect(Collectors.joining())
            + "\n"
            + names
            + "\n"
            + signed.get("x-acs-content-sha256");
    String toSign = ALGORITHM + "\n" + Hmac.sha256Hex(canonical);
    String signature = Hmac.hex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), toSign));
    return ALGORITHM
        + " Credential="
        + keyId
        + ",SignedHeaders="
        + names
        + ",Signature="
        + signature;
  }
}
