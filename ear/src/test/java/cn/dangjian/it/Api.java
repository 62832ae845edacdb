package cn.dangjian.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A REST client logged in as one demo realm user (HTTP Basic, or the pages' sign-in cookie), asking
 * for Chinese unless told otherwise.
 */
final class Api {
  static final String PASSWORD = "Dangjian2026";
  static final String BASE = "http://localhost:" + System.getProperty("it.http.port") + "/";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;
  private final String language;
  private final HttpClient client;
  private final Map<String, String> headers;

  private Api(
      String authorization, String language, HttpClient client, Map<String, String> headers) {
    this.authorization = authorization;
    this.language = language;
    this.client = client;
    this.headers = headers;
  }

  private Api(String authorization, String language) {
    this(authorization, language, HTTP, Map.of());
  }

  /**
   * The pages' sign-in: the login form, then only the single sign-on cookie, as a browser sends it
   * (no Authorization header).
   */
  static Api signedIn(String user) {
    return new Api(null, "zh-CN", cookieClient(user), Map.of());
  }

  /** An HTTP client holding the sign-in cookie of {@code user}. */
  static HttpClient cookieClient(String user) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    try {
      http.send(
          HttpRequest.newBuilder(URI.create(BASE)).build(), HttpResponse.BodyHandlers.discarding());
      http.send(login(user, PASSWORD), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return http;
  }

  /** The login form's post, as a browser sends it. */
  static HttpRequest login(String user, String password) {
    return HttpRequest.newBuilder(URI.create(BASE + "j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password))
        .build();
  }

  /** The same client sending one more header on every request. */
  Api with(String header, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(header, value);
    return new Api(authorization, language, client, more);
  }

  private static Api basic(String user, String password) {
    return new Api(
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        "zh-CN");
  }

  /** The same user asking for English. */
  Api english() {
    return new Api(authorization, "en", client, headers);
  }

  static Api as(String user) {
    return basic(user, PASSWORD);
  }

  static Api withPassword(String user, String password) {
    return basic(user, password);
  }

  static Api anonymous() {
    return basic(null, null);
  }

  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonStructure parse() {
      return Json.createReader(new StringReader(body)).read();
    }

    String etag() {
      return raw.headers().firstValue("ETag").orElseThrow();
    }
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** A download: any content type is accepted, so that errors come back as themselves. */
  Reply getFile(String path) {
    return send(request(path).setHeader("Accept", "*/*").GET());
  }

  Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply post(String path, String ifMatch, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply postBytes(String path, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A body sent without a declared length (chunked), as a stream is. */
  Reply postStream(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
  }

  Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  Reply postText(String path, String contentType, String text) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  Reply put(String path, String ifMatch, String json) {
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  /**
   * Any method with a minimal body of the given type (none without one), If-Match on the first
   * version.
   */
  Reply send(String method, String path, String contentType) {
    HttpRequest.Builder b = request(path).setHeader("Accept", "*/*").header("If-Match", "\"0\"");
    if (contentType == null) {
      return send(b.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    byte[] body =
        (contentType.contains("json") ? "{\"version\":0}" : "x").getBytes(StandardCharsets.UTF_8);
    return send(
        b.header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(30))
            .setHeader("Accept", "application/json")
            .header("Accept-Language", language);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    headers.forEach(b::setHeader);
    return b;
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A file as bytes (a PDF), with its status and content type. */
  record Download(int status, String contentType, byte[] bytes) {}

  Download download(String path) {
    try {
      HttpResponse<byte[]> r =
          client.send(
              request(path).setHeader("Accept", "*/*").GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The member record id linked to this realm user. */
  long memberId() {
    return get("api/v1/me").json().getJsonNumber("memberId").longValue();
  }

  /** The caller's own member record, as the API has it. */
  jakarta.json.JsonObject myRecord() {
    return get("api/v1/members/" + memberId()).json().getJsonObject("data");
  }
}
