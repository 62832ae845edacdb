package cn.dangjian.infrastructure.messaging;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** A provider's API on a local port: answers what the test queued, keeps every request. */
final class LocalProvider implements AutoCloseable {
  /** A request as it arrived: its address with the query, two headers the tests read, the body. */
  record Request(String uri, String authorization, String timestamp, String body) {}

  private final HttpServer server;
  private final Deque<String[]> answers = new ArrayDeque<>();
  final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  LocalProvider() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext(
        "/",
        x -> {
          requests.add(
              new Request(
                  x.getRequestURI().toString(),
                  x.getRequestHeaders().getFirst("Authorization"),
                  x.getRequestHeaders().getFirst("X-TC-Timestamp"),
                  new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          String[] a = answers.poll();
          byte[] body = a[1].getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(Integer.parseInt(a[0]), body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.start();
  }

  /** The next request gets this status and body. */
  void answer(String status, String body) {
    answers.add(new String[] {status, body});
  }

  /** Settings that send every call here, retrying at once. */
  ProviderSettings settings() {
    ProviderSettings s = new ProviderSettings();
    s.gateway = java.util.Optional.of("http://" + host());
    s.retryPause = java.time.Duration.ofMillis(1);
    return s;
  }

  String host() {
    return "localhost:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
