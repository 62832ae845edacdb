package cn.dangjian.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** Requests to the production-like server of the ProdITs (HTTPS only, users from a directory). */
final class ProdServer {
  static final String HTTP = "http://localhost:" + System.getProperty("it.http.port") + "/";
  static final String HTTPS = "https://localhost:" + System.getProperty("it.https.port") + "/";

  private ProdServer() {}

  /** The server's certificate is self-signed for the test: trusted here, for these tests only. */
  static HttpClient client() throws Exception {
    TrustManager trustAll =
        new X509ExtendedTrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] c, String a) {}

          @Override
          public void checkServerTrusted(X509Certificate[] c, String a) {}

          @Override
          public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}

          @Override
          public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}

          @Override
          public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}

          @Override
          public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    // HTTP/1.1 connections idle for 2 s close (pom): none holds up the server's stop
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(tls)
        .cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
    return http.send(
        request.header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return send(http, HttpRequest.newBuilder(URI.create(url)));
  }

  /** A JSON request with HTTP Basic authentication, on a client of its own. */
  static HttpResponse<String> basic(String url, String user, String password) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(
        client(),
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + credentials));
  }

  static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
