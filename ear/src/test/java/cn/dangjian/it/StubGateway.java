package cn.dangjian.it;

import cn.dangjian.infrastructure.messaging.AliyunSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Aliyun's SMS API (the test server's {@code dangjian.messages.gateway}): it
 * checks each SendSms call's ACS3 signature with the server's test key, records the numbers and the
 * text, and answers like the provider: {"Code":"OK",...}, or what the test queued next (an HTTP
 * 500, a provider's error code).
 */
final class StubGateway implements AutoCloseable {
  static final String KEY_ID = "it-key-id";
  static final String KEY_SECRET = "it-key-secret";

  /** One accepted call: the numbers and the template's text. */
  record Call(List<String> phones, String text) {}

  private final HttpServer server;
  private final List<Call> accepted = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String> next = new ArrayDeque<>();
  private int refusedCalls;

  StubGateway(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext("/", this::answer);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The next call gets this answer instead of OK: "500", or a provider's error code. */
  synchronized void thenAnswer(String answer) {
    next.add(answer);
  }

  /** The accepted calls that carried {@code text}. */
  List<Call> callsWith(String text) {
    synchronized (accepted) {
      return accepted.stream().filter(c -> c.text().equals(text)).toList();
    }
  }

  synchronized int refusedCalls() {
    return refusedCalls;
  }

  private void answer(HttpExchange x) throws IOException {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = x.getRequestURI().getRawQuery();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("host", x.getRequestHeaders().getFirst("Host"));
    for (String h :
        List.of(
            "x-acs-action",
            "x-acs-version",
            "x-acs-date",
            "x-acs-signature-nonce",
            "x-acs-content-sha256")) {
      signed.put(h, String.valueOf(x.getRequestHeaders().getFirst(h)));
    }
    String expected = AliyunSignature.authorization(KEY_ID, KEY_SECRET, "POST", "/", query, signed);
    String authorization = x.getRequestHeaders().getFirst("Authorization");
    String queued;
    synchronized (this) {
      queued = next.poll();
    }
    if (!"SendSms".equals(signed.get("x-acs-action")) || !expected.equals(authorization)) {
      reply(x, 400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"signature\"}");
    } else if ("500".equals(queued)) {
      count();
      reply(x, 500, "{\"Code\":\"ServiceUnavailable\"}");
    } else if (queued != null) {
      count();
      reply(x, 200, "{\"Code\":\"" + queued + "\",\"Message\":\"refused by the stub\"}");
    } else {
      String text =
          Json.createReader(new java.io.StringReader(query.get("TemplateParam")))
              .readObject()
              .getString("text");
      accepted.add(new Call(List.of(query.get("PhoneNumbers").split(",")), text));
      reply(
          x, 200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"stub-1\",\"RequestId\":\"r\"}");
    }
  }

  private synchronized void count() {
    refusedCalls++;
  }

  private static void reply(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
