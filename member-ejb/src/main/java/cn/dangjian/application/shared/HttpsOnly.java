package cn.dangjian.application.shared;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The HTTPS-only setting (server variable {@code dangjian.httpsOnly}) and the HTTPS port, read
 * once: the cookie settings depend on the same variable, so changing it restarts the application.
 */
public final class HttpsOnly {
  /** One year, subdomains included: a browser that saw it once never tries plain HTTP again. */
  public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  private HttpsOnly() {}

  /** Read when first asked for, by which time the server's configuration is there. */
  private static final class Setting {
    static final boolean ON =
        ConfigProvider.getConfig()
            .getOptionalValue("dangjian.httpsOnly", Boolean.class)
            .orElse(false);
    static final int PORT =
        ConfigProvider.getConfig().getOptionalValue("https.port", Integer.class).orElse(443);
  }

  public static boolean on() {
    return Setting.ON;
  }

  public static int port() {
    return Setting.PORT;
  }
}
