package cn.dangjian.application.shared;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The HTTPS-only setting (server variable {@code dangjian.httpsOnly}): pages and the API read it on
 * every request, so that turning it on in server.xml takes effect without a restart.
 */
public final class HttpsOnly {
  /** One year, subdomains included: a browser that saw it once never tries plain HTTP again. */
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  private HttpsOnly() {}

  public static boolean on() {
    return ConfigProvider.getConfig()
        .getOptionalValue("dangjian.httpsOnly", Boolean.class)
        .orElse(false);
  }

  /** The server's HTTPS port (server variable {@code https.port}). */
  public static int port() {
    return ConfigProvider.getConfig().getOptionalValue("https.port", Integer.class).orElse(443);
  }
}
