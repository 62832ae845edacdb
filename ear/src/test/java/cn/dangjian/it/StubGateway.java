package cn.dangjian.it;

import cn.dangjian.infrastructure.messaging.AliyunSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the providers' APIs (the test server's {@code dangjian.messages.gateway}):
 * Aliyun's SMS API (it checks each SendSms call's ACS3 signature with the server's test key,
 * records the numbers and the text, and answers like the provider: {"Code":"OK",...}, or what the
 * test queued next: an HTTP 500, a provider's error code); WeCom's gettoken, application messages
 * and group robots; DingTalk's custom robots (their signature checked). Like the providers, a robot
 * refuses a 21st post within a minute.
 */
public final class StubGateway implements AutoCloseable {
  static final String KEY_ID = "it-key-id";
  static final String KEY_SECRET = "it-key-secret";

  /** One accepted call: the numbers and the template's text. */
  record Call(List<String> phones, String text) {}

  /** A post to a group chat's robot (its key or token), or a WeCom application message's call. */
  record Post(String to, String text, long at) {}

  static final String WECOM_CORP = "it-corp";
  static final String WECOM_SECRET = "it-wecom-secret";

  /** The DingTalk robots' signing secrets, by access token (as in the test server's settings). */
  private static final Map<String, String> DINGTALK_SECRETS =
      Map.of("it-ding-branch", "SECit-ding-secret");

  private final List<Post> posts = Collections.synchronizedList(new ArrayList<>());
  private final List<Post> wecomCalls = Collections.synchronizedList(new ArrayList<>());
  private final List<Post> dingtalkCalls = Collections.synchronizedList(new ArrayList<>());
  private volatile String dingtalkToken = "";
  private final Map<String, Integer> robotRefusals = new HashMap<>();
  private final AtomicLong tokens = new AtomicLong();
  private volatile String validToken = "";
  private boolean expireToken;

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final List<Call> accepted = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String> next = new ArrayDeque<>();
  private int refusedCalls;
  private final AtomicLong acceptedNumbers = new AtomicLong();
  private final Random shares;
  private final double failing;
  private final double throttling;

  /** Each number's calls, by the call's OutId. */
  private final Map<String, List<String>> calls = new HashMap<>();

  /** Where the calls are kept across runs of the stub (the kill -9 test restarts its JVM). */
  private Path journal;

  private Duration answerAfter = Duration.ZERO;

  StubGateway(int port) throws IOException {
    this(port, 0, 0, 0);
  }

  /**
   * A gateway that answers a share of the calls with HTTP 500 and another with the provider's
   * throttling code, drawn with a fixed seed (the benchmark's).
   */
  public StubGateway(int port, double failing, double throttling, long seed) throws IOException {
    this.failing = failing;
    this.throttling = throttling;
    this.shares = new Random(seed);
    server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext("/", this::answer);
    server.setExecutor(workers);
    server.start();
  }

  /** Keeps the calls in {@code file} and reads back those an earlier stub kept there. */
  public StubGateway journal(Path file) throws IOException {
    this.journal = file;
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        int comma = line.indexOf(',');
        calls
            .computeIfAbsent(line.substring(0, comma), k -> new ArrayList<>())
            .add(line.substring(comma + 1));
        acceptedNumbers.incrementAndGet();
      }
    }
    return this;
  }

  /** Answers each SendSms only after {@code pause} (it has the call at once). */
  public StubGateway answerAfter(Duration pause) {
    this.answerAfter = pause;
    return this;
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

  /** How many numbers the accepted calls carried, in all. */
  public long acceptedNumbers() {
    return acceptedNumbers.get();
  }

  /** Calls answered with HTTP 500 or a provider's error code. */
  public synchronized int refusedCalls() {
    return refusedCalls;
  }

  private void answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    Map<String, String> query = query(x);
    switch (path) {
      case "/cgi-bin/gettoken" -> gettoken(x, query);
      case "/cgi-bin/message/send" -> wecomMessage(x, query);
      case "/cgi-bin/webhook/send" -> robotPost(x, query.get("key"), 45009);
      case "/robot/send" -> dingtalkPost(x, query);
      case "/gettoken" -> dingtalkToken(x, query);
      case "/topapi/message/corpconversation/asyncsend_v2" -> dingtalkNotification(x, query);
      default -> aliyun(x, query);
    }
  }

  private static Map<String, String> query(HttpExchange x) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = x.getRequestURI().getRawQuery();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  private void aliyun(HttpExchange x, Map<String, String> query) throws IOException {
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
    if (!expected.equals(authorization)) {
      reply(x, 400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"signature\"}");
    } else if ("QuerySendDetails".equals(signed.get("x-acs-action"))) {
      querySendDetails(x, query.get("PhoneNumber"));
    } else if (!"SendSms".equals(signed.get("x-acs-action"))) {
      reply(x, 400, "{\"Code\":\"InvalidAction\"}");
    } else {
      sendSms(x, query);
    }
  }

  private void sendSms(HttpExchange x, Map<String, String> query) throws IOException {
    String queued;
    synchronized (this) {
      queued = next.poll();
      if (queued == null) {
        double draw = shares.nextDouble();
        queued = draw < failing ? "500" : draw < failing + throttling ? "Throttling.User" : null;
      }
    }
    if ("500".equals(queued)) {
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
      List<String> phones = List.of(query.get("PhoneNumbers").split(","));
      // the provider has the call once it arrives, whether or not its answer gets back
      record(phones, query.get("OutId"));
      if (failing == 0 && throttling == 0 && journal == null) {
        accepted.add(new Call(phones, text)); // the tests look calls up; the benchmark counts
      }
      if (answerAfter.toMillis() > 0) {
        try {
          Thread.sleep(answerAfter.toMillis()); // a slow provider, for the kill -9 test
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      reply(
          x, 200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"stub-1\",\"RequestId\":\"r\"}");
    }
  }

  private synchronized void record(List<String> phones, String outId) throws IOException {
    acceptedNumbers.addAndGet(phones.size());
    for (String p : phones) {
      calls.computeIfAbsent(p, k -> new ArrayList<>()).add(outId);
    }
    if (journal != null) {
      Files.write(
          journal,
          phones.stream().map(p -> p + "," + outId).toList(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** Aliyun's QuerySendDetails, by number: the calls it had, with their OutId. */
  private void querySendDetails(HttpExchange x, String phone) throws IOException {
    JsonArrayBuilder details = Json.createArrayBuilder();
    synchronized (this) {
      for (String outId : calls.getOrDefault(phone, List.of())) {
        details.add(
            Json.createObjectBuilder()
                .add("PhoneNum", phone)
                .add("OutId", String.valueOf(outId))
                .add("SendStatus", 3));
      }
    }
    reply(
        x,
        200,
        Json.createObjectBuilder()
            .add("Code", "OK")
            .add("SmsSendDetailDTOs", Json.createObjectBuilder().add("SmsSendDetailDTO", details))
            .build()
            .toString());
  }

  private void gettoken(HttpExchange x, Map<String, String> query) throws IOException {
    if (!WECOM_CORP.equals(query.get("corpid")) || !WECOM_SECRET.equals(query.get("corpsecret"))) {
      reply(x, 200, "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
      return;
    }
    validToken = "it-token-" + tokens.incrementAndGet();
    reply(
        x,
        200,
        "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\""
            + validToken
            + "\",\"expires_in\":7200}");
  }

  /** A WeCom application message; the accounts starting with "gone-" are not in the directory. */
  private void wecomMessage(HttpExchange x, Map<String, String> query) throws IOException {
    boolean expired;
    synchronized (this) {
      expired = expireToken;
      expireToken = false;
    }
    if (expired || !validToken.equals(query.get("access_token"))) {
      reply(x, 200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
      return;
    }
    JsonObject body = body(x);
    String touser = body.getString("touser");
    String text = body.getJsonObject("text").getString("content");
    wecomCalls.add(new Post(touser, text, System.currentTimeMillis()));
    String invalid =
        String.join(
            "|",
            List.of(touser.split("\\|")).stream()
                .filter(a -> a.startsWith("gone-"))
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList());
    reply(
        x,
        200,
        "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"" + invalid + "\",\"msgid\":\"m1\"}");
  }

  private void dingtalkToken(HttpExchange x, Map<String, String> query) throws IOException {
    if (!"it-ding-app".equals(query.get("appkey"))
        || !"it-ding-app-secret".equals(query.get("appsecret"))) {
      reply(x, 200, "{\"errcode\":40089,\"errmsg\":\"invalid appkey or appsecret\"}");
      return;
    }
    dingtalkToken = "it-ding-token-" + tokens.incrementAndGet();
    reply(x, 200, "{\"errcode\":0,\"access_token\":\"" + dingtalkToken + "\",\"expires_in\":7200}");
  }

  /** A DingTalk work notification: taken with a task id, as DingTalk answers. */
  private void dingtalkNotification(HttpExchange x, Map<String, String> query) throws IOException {
    if (!dingtalkToken.equals(query.get("access_token"))) {
      reply(x, 200, "{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}");
      return;
    }
    JsonObject body = body(x);
    dingtalkCalls.add(
        new Post(
            body.getString("userid_list"),
            body.getJsonObject("msg").getJsonObject("text").getString("content"),
            System.currentTimeMillis()));
    reply(x, 200, "{\"errcode\":0,\"task_id\":256271667526,\"request_id\":\"r\"}");
  }

  /** DingTalk work notifications' calls that carried {@code text} (to: the userid list). */
  List<Post> dingtalkCallsWith(String text) {
    synchronized (dingtalkCalls) {
      return dingtalkCalls.stream().filter(p -> p.text().equals(text)).toList();
    }
  }

  private void dingtalkPost(HttpExchange x, Map<String, String> query) throws IOException {
    String token = query.get("access_token");
    String secret = DINGTALK_SECRETS.get(token);
    if (secret != null) {
      long timestamp = Long.parseLong(query.getOrDefault("timestamp", "0"));
      String expected = dingtalkSign(timestamp, secret);
      if (!expected.equals(query.get("sign"))
          || Math.abs(System.currentTimeMillis() - timestamp) > 3_600_000) {
        reply(x, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
        return;
      }
    }
    robotPost(x, token, 130101);
  }

  /** DingTalk's documented signature: Base64 of HmacSHA256("timestamp\nsecret"), by the secret. */
  static String dingtalkSign(long timestamp, String secret) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.Base64.getEncoder()
          .encodeToString(
              mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A robot's post: taken, or refused with {@code tooMany} as the 21st within a minute. */
  private void robotPost(HttpExchange x, String robot, int tooMany) throws IOException {
    String text = body(x).getJsonObject("text").getString("content");
    long now = System.currentTimeMillis();
    synchronized (posts) {
      long lastMinute =
          posts.stream().filter(p -> p.to().equals(robot) && p.at() > now - 60_000).count();
      if (lastMinute >= 20) {
        synchronized (this) {
          robotRefusals.merge(robot, 1, Integer::sum);
        }
        reply(x, 200, "{\"errcode\":" + tooMany + ",\"errmsg\":\"send too fast\"}");
        return;
      }
      posts.add(new Post(robot, text, now));
    }
    reply(x, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
  }

  private static JsonObject body(HttpExchange x) throws IOException {
    return Json.createReader(
            new java.io.StringReader(
                new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))
        .readObject();
  }

  /** The posts robots took that carried {@code text}, by robot. */
  List<Post> postsWith(String text) {
    synchronized (posts) {
      return posts.stream().filter(p -> p.text().equals(text)).toList();
    }
  }

  /** The most posts a robot took within any 60 seconds. */
  int mostPostsInAMinute(String robot) {
    List<Long> times;
    synchronized (posts) {
      times = posts.stream().filter(p -> p.to().equals(robot)).map(Post::at).sorted().toList();
    }
    int most = 0;
    for (int i = 0, j = 0; i < times.size(); i++) {
      while (times.get(i) - times.get(j) >= 60_000) {
        j++;
      }
      most = Math.max(most, i - j + 1);
    }
    return most;
  }

  synchronized int robotRefusals(String robot) {
    return robotRefusals.getOrDefault(robot, 0);
  }

  /** WeCom application messages' calls that carried {@code text} (to: the touser list). */
  List<Post> wecomCallsWith(String text) {
    synchronized (wecomCalls) {
      return wecomCalls.stream().filter(p -> p.text().equals(text)).toList();
    }
  }

  /** WeCom's next application message call is answered 42001 (the token expired). */
  synchronized void expireToken() {
    expireToken = true;
  }

  long tokensIssued() {
    return tokens.get();
  }

  /** Numbers the provider had more than once for one message (a message's calls share its id). */
  public synchronized long numbersSentTwice(String messageId) {
    return calls.values().stream()
        .mapToLong(
            outIds ->
                Math.max(0, outIds.stream().filter(o -> o.endsWith("-" + messageId)).count() - 1))
        .sum();
  }

  /** How many SMS the provider had for one number, in all. */
  synchronized int smsTo(String phone) {
    return calls.getOrDefault(phone, List.of()).size();
  }

  /** How many numbers the provider had for one message. */
  public synchronized long numbersOf(String messageId) {
    return calls.values().stream()
        .mapToLong(outIds -> outIds.stream().filter(o -> o.endsWith("-" + messageId)).count())
        .sum();
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
    workers.shutdownNow(); // the benchmark's and chaos' JVMs end only when no thread is left
  }
}
