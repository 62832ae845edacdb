package cn.dangjian.bench;

import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.it.StubGateway;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault tests of bin/chaos (not a unit of the test suite: they kill servers and restart the
 * database). Phases, each printing its figures and appending them to the report:
 *
 * <ul>
 *   <li>{@code editors}: 50 concurrent editors of one member and 50 of one case's step, each from
 *       the same version: no update lost, the step recorded once;
 *   <li>{@code kill}: 16 writers create members; at the 300th acknowledged write the server is
 *       killed with -9; the acknowledged ids are kept in a file;
 *   <li>{@code verify}: after the restart, every acknowledged member is there;
 *   <li>{@code pg-restart}: 16 writers; PostgreSQL is restarted under them; errors, the longest
 *       stall, the seconds until writes succeed again, and every acknowledged write still there.
 * </ul>
 */
public final class Chaos {
  private static final String PASSWORD = "Dangjian2026";
  private static final int WRITERS = 16;

  private final String base;
  private final Path report;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final String auth = basic("zuzhibu");

  /** Cases are opened and their steps recorded by a branch secretary. */
  private final String secretary = basic("shuji1");

  private final AtomicLong serial = new AtomicLong();

  private Chaos(String base, Path report) {
    this.base = base;
    this.report = report;
    // a different range of citizen ids on every run against the same database
    serial.set(System.currentTimeMillis() % 100_000L * 1_000L);
  }

  public static void main(String[] args) throws Exception {
    Chaos chaos = new Chaos(args[1], Path.of(args[2]));
    Path acks = Path.of(args[2] + ".acks");
    switch (args[0]) {
      case "editors" -> chaos.editors();
      case "kill" -> chaos.kill(acks, args[3]);
      case "verify" -> chaos.verify(acks, "kill -9 under " + WRITERS + " writers");
      case "pg-restart" -> chaos.pgRestart(args[3]);
      case "sms-kill" -> chaos.smsKill(Path.of(args[2] + ".sms"), args[3]);
      case "sms-verify" -> chaos.smsVerify(Path.of(args[2] + ".sms"));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private record Reply(int status, String body, String etag) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(String method, String path, String ifMatch, String json) {
    return send(auth, method, path, ifMatch, json);
  }

  private Reply send(String who, String method, String path, String ifMatch, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", who)
            .header("Accept", "application/json");
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
    } catch (IOException e) {
      return new Reply(-1, e.toString(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(-1, e.toString(), null);
    }
  }

  private void say(String line) throws IOException {
    System.out.println(line);
    Files.writeString(report, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** A citizen id of someone born on {@code birth}, the serial telling people apart. */
  private static String citizenId(LocalDate birth, long n) {
    String first17 =
        "140311" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
    return first17 + CitizenId.checkChar(first17);
  }

  /** A new full member for the branch of the template, with a citizen id no one else has. */
  private String newMember(JsonObject template) {
    long n = serial.incrementAndGet();
    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n / 1000 % 7000);
    String id = citizenId(birth, n);
    int year = birth.getYear();
    var b = Json.createObjectBuilder(template);
    b.add("name", "压测" + n % 100_000);
    b.add("citizenId", id);
    b.add("birthDate", birth.toString());
    b.add("sex", CitizenId.sex(id).name());
    b.add("category", "FULL");
    b.add("applicationDate", (year + 25) + "-04-01");
    b.add("joinDate", (year + 26) + "-07-01");
    b.add("conversionDate", (year + 27) + "-07-01");
    return b.build().toString();
  }

  private JsonObject template() {
    long me = send("GET", "api/v1/me", null, null).json().getJsonNumber("memberId").longValue();
    JsonObject data = send("GET", "api/v1/members/" + me, null, null).json().getJsonObject("data");
    var b = Json.createObjectBuilder(data);
    b.remove("account");
    b.remove("phone");
    return b.build();
  }

  private void editors() throws Exception {
    JsonObject template = template();
    Reply created = send("POST", "api/v1/members", null, newMember(template));
    long id = created.json().getJsonNumber("id").longValue();
    Reply read = send("GET", "api/v1/members/" + id, null, null);
    int before = read.json().getInt("version");
    JsonObject data = read.json().getJsonObject("data");
    Map<Integer, Long> byStatus =
        together(
            50,
            i ->
                send(
                        "PUT",
                        "api/v1/members/" + id,
                        read.etag(),
                        Json.createObjectBuilder(data)
                            .add("phone", String.format(Locale.ROOT, "139%08d", i))
                            .build()
                            .toString())
                    .status());
    int after = send("GET", "api/v1/members/" + id, null, null).json().getInt("version");
    long saved = byStatus.getOrDefault(200, 0L);
    say(
        String.format(
            Locale.ROOT,
            "50 editors of one member from one version: %s; version %d -> %d; lost updates %d",
            byStatus,
            before,
            after,
            saved - (after - before)));

    long me =
        send(secretary, "GET", "api/v1/me", null, null)
            .json()
            .getJsonNumber("memberId")
            .longValue();
    long branch =
        send(secretary, "GET", "api/v1/members/" + me, null, null)
            .json()
            .getJsonObject("data")
            .getJsonNumber("organizationId")
            .longValue();
    long n = serial.incrementAndGet();
    LocalDate born = LocalDate.of(1999, 1, 1).plusDays(n / 1000 % 300);
    String citizen = citizenId(born, n);
    String applicant =
        Json.createObjectBuilder()
            .add("name", "压测申请" + n % 1000)
            .add("sex", CitizenId.sex(citizen).name())
            .add("citizenId", citizen)
            .add("ethnicity", "汉族")
            .add("birthDate", born.toString())
            .add("education", "UNIVERSITY")
            .add("frontline", true)
            .add("applicationDate", "2026-11-02")
            .add("organizationId", branch)
            .build()
            .toString();
    Reply opened = send(secretary, "POST", "api/v1/cases", null, applicant);
    if (opened.status() != 201) {
      throw new IllegalStateException("case not opened: " + opened.body());
    }
    long caseId = opened.json().getJsonNumber("id").longValue();
    String etag = send(secretary, "GET", "api/v1/cases/" + caseId, null, null).etag();
    Map<Integer, Long> steps =
        together(
            50,
            i ->
                send(
                        secretary,
                        "POST",
                        "api/v1/cases/" + caseId + "/steps",
                        etag,
                        "{\"step\":\"TALK\",\"on\":\"2026-11-20\"}")
                    .status());
    long talks =
        send(secretary, "GET", "api/v1/cases/" + caseId, null, null)
            .json()
            .getJsonArray("steps")
            .stream()
            .filter(s -> s.asJsonObject().getString("step").equals("TALK"))
            .count();
    say(
        String.format(
            Locale.ROOT,
            "50 clients recording one case's talk from one version: %s; talks recorded %d"
                + " (duplicates %d)",
            steps,
            talks,
            Math.max(0, talks - 1)));
  }

  private interface Call {
    int status(int i);
  }

  private static Map<Integer, Long> together(int clients, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int n = i;
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return call.status(n);
              }));
    }
    go.countDown();
    Map<Integer, Long> byStatus = new TreeMap<>();
    for (Future<Integer> a : answers) {
      byStatus.merge(a.get(120, TimeUnit.SECONDS), 1L, Long::sum);
    }
    pool.shutdown();
    return byStatus;
  }

  /** What the writers saw: acknowledged ids, failures by status, the longest wait for an answer. */
  private static final class Writers {
    final ConcurrentLinkedQueue<Long> acked = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
    final AtomicLong longestMillis = new AtomicLong();
    final AtomicLong lastFailureAt = new AtomicLong();
    final AtomicLong firstSuccessAfter = new AtomicLong();
    final AtomicBoolean stop = new AtomicBoolean();
  }

  private Writers write(JsonObject template, ExecutorService pool, long sinceMillis) {
    Writers w = new Writers();
    for (int t = 0; t < WRITERS; t++) {
      pool.submit(
          () -> {
            while (!w.stop.get()) {
              long started = System.currentTimeMillis();
              Reply r = send("POST", "api/v1/members", null, newMember(template));
              long now = System.currentTimeMillis();
              w.longestMillis.accumulateAndGet(now - started, Math::max);
              if (r.status() == 201) {
                w.acked.add(r.json().getJsonNumber("id").longValue());
                if (sinceMillis > 0 && now > sinceMillis) {
                  w.firstSuccessAfter.compareAndSet(0, now);
                }
              } else {
                w.failures.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                w.lastFailureAt.set(now);
              }
            }
          });
    }
    return w;
  }

  private static void until(java.util.function.BooleanSupplier condition, int seconds) {
    long end = System.currentTimeMillis() + seconds * 1000L;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new IllegalStateException("condition not met in " + seconds + " s");
      }
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  /** The SMS stub the chaos server sends to (its gateway). */
  private static final int SMS_PORT = 9399;

  /**
   * One message by SMS to the 2,000 members, through a stub that takes 3 s to answer each call: the
   * server is killed once more than 1,000 numbers have reached it, while other calls are with it.
   */
  private void smsKill(Path state, String serverName) throws Exception {
    Files.deleteIfExists(Path.of(state + ".calls"));
    try (StubGateway stub =
        new StubGateway(SMS_PORT, 0, 0, 0)
            .journal(Path.of(state + ".calls"))
            .answerAfter(Duration.ofSeconds(3))) {
      String group =
          Json.createReader(
                  new StringReader(send("GET", "api/v1/organizations", null, null).body()))
              .readArray()
              .stream()
              .map(v -> v.asJsonObject())
              .filter(o -> o.getInt("depth") == 0)
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .toString();
      String now =
          java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
              .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
              .toString();
      Reply written =
          send(
              "POST",
              "api/v1/messages",
              null,
              "{\"organizationId\":"
                  + group
                  + ",\"category\":\"JOB_KNOWLEDGE\",\"text\":\"故障测试：短信发送途中服务器被强行终止。\","
                  + "\"audience\":\"ALL\",\"sendAt\":\""
                  + now
                  + "\"}");
      if (written.status() != 201) {
        throw new IllegalStateException("message not written: " + written.body());
      }
      String id = written.json().getJsonNumber("id").toString();
      Files.writeString(state, id);
      Thread sending = new Thread(() -> send("POST", "api/v1/messages/send-due", null, ""));
      sending.setDaemon(true);
      sending.start();
      until(() -> stub.acceptedNumbers() > 1000, 300); // the second call has arrived
      run("pkill", "-9", "-f", "ws-server.jar " + serverName);
      sending.join(60_000);
      say(
          String.format(
              Locale.ROOT,
              "SMS, kill -9 while calls were with the provider (the first batches answered): %d"
                  + " numbers had reached it",
              stub.acceptedNumbers()));
    }
  }

  /**
   * After the restart: the outbox resumes; the call the server died in is asked about once its
   * lease is over (the chaos server's: 15 s). Every recipient must be sent exactly once.
   */
  private void smsVerify(Path state) throws Exception {
    String id = Files.readString(state).strip();
    try (StubGateway stub = new StubGateway(SMS_PORT, 0, 0, 0).journal(Path.of(state + ".calls"))) {
      long start = System.currentTimeMillis();
      JsonObject sms = null;
      while (System.currentTimeMillis() - start < 600_000) {
        send("POST", "api/v1/messages/send-due", null, "");
        sms =
            Json.createReader(
                    new StringReader(
                        send("GET", "api/v1/messages/" + id + "/deliveries", null, null).body()))
                .readObject()
                .getJsonArray("channels")
                .stream()
                .map(v -> v.asJsonObject())
                .filter(l -> l.getString("channel").equals("SMS"))
                .findFirst()
                .orElseThrow();
        if (sms.getInt("pending") == 0 && sms.getInt("uncertain") == 0) {
          break;
        }
        Thread.sleep(2000);
      }
      long recipients = sms.getJsonNumber("recipients").longValue();
      long sent = sms.getJsonNumber("sent").longValue();
      long failed = sms.getJsonNumber("failed").longValue();
      long uncertain = sms.getJsonNumber("uncertain").longValue();
      say(
          String.format(
              Locale.ROOT,
              "SMS after the restart: %d recipients, sent %d, failed %d, uncertain %d, waiting %d"
                  + " (%.0f s); the provider had %d numbers of the message: duplicates %d"
                  + " (numbers it had twice), losses %d (recipients it never had)",
              recipients,
              sent,
              failed,
              uncertain,
              sms.getJsonNumber("pending").longValue(),
              (System.currentTimeMillis() - start) / 1000.0,
              stub.numbersOf(id),
              stub.numbersSentTwice(id),
              recipients - stub.numbersOf(id) + stub.numbersSentTwice(id) - failed));
    }
  }

  private void kill(Path acks, String serverName) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    Writers w = write(template(), pool, 0);
    until(() -> w.acked.size() >= 300, 300);
    run("pkill", "-9", "-f", "ws-server.jar " + serverName);
    until(() -> !w.failures.isEmpty(), 60);
    w.stop.set(true);
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    Files.write(acks, w.acked.stream().map(String::valueOf).toList());
    say(
        String.format(
            Locale.ROOT,
            "kill -9 under %d writers: %d writes acknowledged before the kill, failures %s",
            WRITERS,
            w.acked.size(),
            w.failures));
  }

  private void verify(Path acks, String what) throws Exception {
    List<String> ids = Files.readAllLines(acks);
    long lost =
        ids.stream()
            .filter(id -> send("GET", "api/v1/members/" + id, null, null).status() != 200)
            .count();
    say(
        String.format(
            Locale.ROOT,
            "%s: %d acknowledged writes checked after the restart, lost %d",
            what,
            ids.size(),
            lost));
  }

  private void pgRestart(String cluster) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    JsonObject template = template();
    Writers warm = write(template, pool, 0);
    until(() -> warm.acked.size() >= 200, 300);
    warm.stop.set(true);
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    long normalMillis = warm.longestMillis.get();

    ExecutorService load = Executors.newFixedThreadPool(WRITERS);
    long restartedAt = System.currentTimeMillis();
    Writers w = write(template, load, restartedAt);
    until(() -> w.acked.size() >= 50, 120);
    long restart = System.currentTimeMillis();
    String[] version = cluster.split("/");
    run("pg_ctlcluster", "--skip-systemctl-redirect", version[0], version[1], "restart");
    long back = System.currentTimeMillis();
    w.firstSuccessAfter.set(0);
    int ackedAtRestart = w.acked.size();
    until(() -> w.firstSuccessAfter.get() > 0, 120);
    until(() -> w.acked.size() >= ackedAtRestart + 300, 300);
    w.stop.set(true);
    load.shutdown();
    load.awaitTermination(60, TimeUnit.SECONDS);
    Path acks = Path.of(report + ".pg-acks");
    Files.write(acks, w.acked.stream().map(String::valueOf).toList());
    say(
        String.format(
            Locale.ROOT,
            "PostgreSQL restarted under %d writers (restart took %.1f s): %d writes acknowledged,"
                + " failures %s, first success %.1f s after the database was back, longest wait"
                + " for an answer %.1f s (%.1f s before the restart)",
            WRITERS,
            (back - restart) / 1000.0,
            w.acked.size(),
            w.failures,
            Math.max(0, w.firstSuccessAfter.get() - back) / 1000.0,
            w.longestMillis.get() / 1000.0,
            normalMillis / 1000.0));
    verify(acks, "PostgreSQL restart");
  }
}
