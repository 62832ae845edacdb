package cn.dangjian.bench;

import cn.dangjian.application.member.sheet.SheetColumn;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.it.StubGateway;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The scale benchmark: against a server holding the generated group at full size, measures warm
 * latencies at 16 concurrent users (p50/p95) of the roster and the REST API, each also as a ratio
 * to a trivial endpoint of the same server, then the import of 100,000 rows. Each simulated user
 * has a session of its own (one form login, its single sign-on cookie), as the pages' users do; the
 * import uses HTTP Basic, as a script would. Run by bin/benchmark.
 */
public final class Benchmark {
  private static final int USERS = 16;

  /** Rounds over every endpoint before any is measured: the JIT compiles the page paths late. */
  private static final int WARMUP_ROUNDS = 3;

  private static final int WARMUP_PER_USER = 50;
  private static final int MEASURED_PER_USER = 100;
  private static final String PASSWORD = "Dangjian2026";

  private final String base;
  private final HttpClient http;
  private final String basic;

  /** One browser session per simulated user: each logs in once and keeps its own cookies. */
  private final HttpClient[] sessions = new HttpClient[USERS];

  /** The port of the SMS stub the benchmark's server sends to (0: no SMS measurement). */
  private int smsPort;

  private Benchmark(String base, String user) {
    this.base = base;
    this.http = client();
    for (int u = 0; u < USERS; u++) {
      sessions[u] = client();
    }
    this.basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:9390/";
    int importRows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path report = Path.of(args.length > 2 ? args[2] : "target/benchmark.txt");
    String jdbc = args.length > 3 ? args[3] : "jdbc:postgresql://127.0.0.1:5432/dangjian_bench";
    long ledgerEntries = args.length > 4 ? Long.parseLong(args[4]) : 10_000_000L;
    Benchmark b = new Benchmark(base, "zuzhibu");
    b.smsPort = args.length > 5 ? Integer.parseInt(args[5]) : 0;
    b.run(importRows, report, jdbc, ledgerEntries);
  }

  private void run(int importRows, Path reportFile, String jdbc, long ledgerEntries)
      throws Exception {
    StringBuilder out = new StringBuilder();
    long members = json(get("api/v1/members?max=1", true)).getJsonNumber("total").longValue();
    JsonArray orgs =
        Json.createReader(new StringReader(get("api/v1/organizations", true))).readArray();
    long company =
        orgs.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getInt("depth") == 1 && o.getString("kind").equals("COMMITTEE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long group =
        orgs.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getInt("depth") == 0)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    List<String> branchCodes =
        orgs.stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("kind").equals("BRANCH"))
            .map(o -> o.getString("code"))
            .toList();
    for (HttpClient session : sessions) {
      login(session);
    }
    Random rnd = new Random(20130604);
    List<Long> sampleIds =
        json(get("api/v1/members?max=500&sort=BIRTH_DATE", true)).getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    line(
        out,
        String.format(
            Locale.ROOT,
            "Dangjian benchmark: %d members, %d organizations, %d concurrent users, "
                + "%d measured requests per endpoint",
            members,
            orgs.size(),
            USERS,
            USERS * MEASURED_PER_USER));
    if (ledgerEntries > 0) {
      for (String l : LedgerLoad.run(jdbc, ledgerEntries, LocalDate.now().getYear())) {
        line(out, l);
      }
    }

    List<String[]> endpoints =
        List.of(
            new String[] {"ceiling: GET /api/v1/ping", "api/v1/ping", "cookie"},
            new String[] {
              "trivial page (JSF, the view-expired page)", "dangjian/expired.xhtml", "cookie"
            },
            new String[] {
              "study home (JSF, /education/: the year's ledger)", "education/", "cookie"
            },
            new String[] {"roster page (JSF, first page)", "members/roster.xhtml", "cookie"},
            new String[] {
              "roster page (JSF, name=王)",
              "members/roster.xhtml?name=" + URLEncoder.encode("王", StandardCharsets.UTF_8),
              "cookie"
            },
            new String[] {
              "roster page (JSF, a company's subtree)",
              "members/roster.xhtml?org=" + company,
              "cookie"
            },
            new String[] {"roster first page (REST)", "api/v1/members?max=20", "cookie"},
            new String[] {
              "name filter (REST, name=王)",
              "api/v1/members?max=20&name=" + URLEncoder.encode("王", StandardCharsets.UTF_8),
              "cookie"
            },
            new String[] {
              "branch-subtree filter (REST, a company)",
              "api/v1/members?max=20&org=" + company,
              "cookie"
            },
            new String[] {"member detail (REST)", "api/v1/members/{id}", "cookie"},
            new String[] {
              "yearly hours report (REST, a company)",
              "api/v1/ledger?org=" + company + "&year=" + LocalDate.now().getYear(),
              "cookie"
            },
            new String[] {
              "yearly hours report (REST, the group)",
              "api/v1/ledger?org=" + group + "&year=" + LocalDate.now().getYear(),
              "cookie"
            },
            new String[] {
              "quarter coverage (REST, a company)",
              "api/v1/ledger/coverage?org=" + company,
              "cookie"
            },
            new String[] {
              "quarter coverage (REST, the group)", "api/v1/ledger/coverage?org=" + group, "cookie"
            },
            new String[] {"daily messages inbox (REST)", "api/v1/messages/inbox", "cookie"});
    line(out, dailyMessageToTheWholeGroup(group));
    if (smsPort > 0) {
      line(out, smsToTheWholeGroup(group, jdbc));
    }
    // the first report of the year counts the tally of every organization (then every 10 minutes)
    long tallyStart = System.nanoTime();
    get(sessions[0], "api/v1/ledger?org=" + group + "&year=" + LocalDate.now().getYear(), false);
    line(
        out,
        String.format(
            Locale.ROOT,
            "the group's first yearly report, counting the tally of every organization: %.2f s",
            (System.nanoTime() - tallyStart) / 1e9));
    IntFunction<String> sample = i -> String.valueOf(sampleIds.get(rnd.nextInt(sampleIds.size())));
    ExecutorService users = Executors.newFixedThreadPool(USERS, Benchmark::daemon);
    long warmStart = System.nanoTime();
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      for (String[] e : endpoints) {
        run(
            users,
            i -> e[1].replace("{id}", sample.apply(i)),
            e[2].equals("basic"),
            WARMUP_PER_USER);
      }
    }
    line(
        out,
        String.format(
            Locale.ROOT,
            "warm-up: %d rounds of %d requests per endpoint in %.0f s, then each "
                + "endpoint measured",
            WARMUP_ROUNDS,
            USERS * WARMUP_PER_USER,
            (System.nanoTime() - warmStart) / 1e9));
    double[] ceiling = null;
    line(
        out,
        String.format(
            Locale.ROOT,
            "%-42s %9s %9s %9s %9s",
            "endpoint",
            "p50 ms",
            "p95 ms",
            "p50/ceil",
            "p95/ceil"));
    for (String[] e : endpoints) {
      boolean basicAuth = e[2].equals("basic");
      double[] p = measure(users, i -> e[1].replace("{id}", sample.apply(i)), basicAuth);
      if (ceiling == null) {
        ceiling = p;
      }
      line(
          out,
          String.format(
              Locale.ROOT,
              "%-42s %9.1f %9.1f %9.2f %9.2f",
              e[0],
              p[0],
              p[1],
              p[0] / ceiling[0],
              p[1] / ceiling[1]));
    }
    users.shutdown();

    if (importRows > 0) {
      Path file = Files.createTempFile("dangjian-bench-", ".xlsx");
      writeImportFile(file, importRows, branchCodes);
      long start = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "api/v1/members/import"))
                  .timeout(Duration.ofMinutes(15))
                  .header("Authorization", basic)
                  .header(
                      "Content-Type",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                  .header("X-File-Name", "benchmark.xlsx")
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - start) / 1e9;
      line(
          out,
          String.format(
              Locale.ROOT,
              "import of %d rows (%d KB .xlsx): HTTP %d in %.1f s; %s",
              importRows,
              Files.size(file) / 1024,
              r.statusCode(),
              seconds,
              r.body().length() > 300 ? r.body().substring(0, 300) : r.body()));
      Files.delete(file);
      // going live: one history row for each member just imported, all or none
      Path histories = Files.createTempFile("dangjian-bench-histories-", ".xlsx");
      writeHistoriesFile(histories, importRows);
      long hStart = System.nanoTime();
      HttpResponse<String> h =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "api/v1/members/import/histories"))
                  .timeout(Duration.ofMinutes(15))
                  .header("Authorization", basic)
                  .header("Content-Type", "application/octet-stream")
                  .header("X-File-Name", "histories.xlsx")
                  .POST(HttpRequest.BodyPublishers.ofFile(histories))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      line(
          out,
          String.format(
              Locale.ROOT,
              "histories import of %d rows (%d KB .xlsx): HTTP %d in %.1f s; %s",
              importRows,
              Files.size(histories) / 1024,
              h.statusCode(),
              (System.nanoTime() - hStart) / 1e9,
              h.body().length() > 300 ? h.body().substring(0, 300) : h.body()));
      Files.delete(histories);
    }
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    Files.writeString(reportFile, out.toString());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newFixedThreadPool(2, Benchmark::daemon))
        .build();
  }

  /** Daemon threads, so that Maven goes on to stop the server when the benchmark is done. */
  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "benchmark");
    t.setDaemon(true);
    return t;
  }

  private static void line(StringBuilder out, String s) {
    System.out.println(s);
    out.append(s).append('\n');
  }

  /**
   * p50 and p95 in ms of warm requests, {@value #USERS} users at once (after a short warm-up of its
   * own).
   */
  /**
   * One message by SMS to every member of the group, through a stub of Aliyun's API that answers 2%
   * of the calls with HTTP 500 and 1% with its throttling code: the first run's rate, the time to
   * the last delivery, and the deliveries sent twice or not at all (the stub's count of numbers
   * against the deliveries the database holds as sent, failed or still waiting).
   */
  private String smsToTheWholeGroup(long group, String jdbc) throws Exception {
    try (StubGateway stub = new StubGateway(smsPort, 0.02, 0.01, 19491001L);
        Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO message_preference (member_id, version, sms, email)"
                + " SELECT id, 0, TRUE, FALSE FROM member ON CONFLICT (member_id) DO UPDATE SET sms = TRUE");
      }
      String now =
          LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).toString();
      HttpResponse<String> written =
          post(
              "api/v1/messages",
              "{\"organizationId\":"
                  + group
                  + ",\"category\":\"JOB_KNOWLEDGE\",\"text\":\"基准测试：全集团短信。\","
                  + "\"audience\":\"ALL\",\"sendAt\":\""
                  + now
                  + "\"}");
      String id = written.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
      long start = System.nanoTime();
      HttpResponse<String> first = post("api/v1/messages/send-due", "");
      double firstRun = (System.nanoTime() - start) / 1e9;
      long delivered =
          Long.parseLong(first.body().replaceAll("(?s).*\"delivered\":(\\d+).*", "$1"));
      // throttled calls wait a minute before their retry: runs every 5 s until none is waiting
      long waiting = count(c, id, "status IN ('PENDING', 'SENDING')");
      while (waiting > 0 && System.nanoTime() - start < 15L * 60 * 1_000_000_000L) {
        Thread.sleep(5000);
        post("api/v1/messages/send-due", "");
        waiting = count(c, id, "status IN ('PENDING', 'SENDING')");
      }
      double last = (System.nanoTime() - start) / 1e9;
      long recipients = count(c, id, "TRUE");
      long sent = count(c, id, "status = 'SENT'");
      long failed = count(c, id, "status = 'FAILED'");
      long uncertain = count(c, id, "status = 'UNCERTAIN'");
      try (Statement s = c.createStatement()) {
        s.execute("UPDATE message_preference SET sms = FALSE");
      }
      return String.format(
          Locale.ROOT,
          "SMS to the whole group through a stub (2%% HTTP 500, 1%% throttled; 1,000 numbers a"
              + " call): %d recipients; the first run (the message, its outbox and the sending)"
              + " %.1f s, %d delivered, %.0f deliveries/s; the stub refused %d calls (500 or"
              + " throttled; a 500 is retried within the call, a throttled call after its backoff);"
              + " the last delivery after %.1f s; sent %d, failed %d, uncertain %d, waiting %d;"
              + " duplicates %d (numbers the stub accepted beyond the deliveries sent), losses %d"
              + " (recipients neither sent, failed nor uncertain)",
          recipients,
          firstRun,
          delivered,
          delivered / firstRun,
          stub.refusedCalls(),
          last,
          sent,
          failed,
          uncertain,
          waiting,
          stub.acceptedNumbers() - sent,
          recipients - sent - failed - uncertain);
    }
  }

  private static long count(Connection c, String message, String where) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM message_delivery WHERE channel = 'SMS' AND message_id = "
                    + Long.parseLong(message)
                    + " AND "
                    + where)) {
      r.next();
      return r.getLong(1);
    }
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", basic)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** One daily message for every member of the group, sent at once: its deliveries timed. */
  private String dailyMessageToTheWholeGroup(long group) throws Exception {
    String now =
        LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).toString();
    HttpResponse<String> written =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/messages"))
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"organizationId\":"
                            + group
                            + ",\"category\":\"CURRENT_AFFAIRS\",\"text\":\"基准测试：全集团每日一句。\","
                            + "\"audience\":\"ALL\",\"sendAt\":\""
                            + now
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long start = System.nanoTime();
    HttpResponse<String> sent =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/messages/send-due"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(""))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    String id = written.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    String message =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/messages/" + id))
                    .header("Authorization", basic)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String recipients = message.replaceAll("(?s).*\"recipients\":(\\d+).*", "$1");
    return String.format(
        Locale.ROOT,
        "a daily message to the whole group (HTTP %d, %d): %s inboxes in %.2f s",
        written.statusCode(),
        sent.statusCode(),
        recipients,
        seconds);
  }

  private double[] measure(ExecutorService users, IntFunction<String> path, boolean basicAuth)
      throws Exception {
    run(users, path, basicAuth, WARMUP_PER_USER / 2);
    List<Long> all = run(users, path, basicAuth, MEASURED_PER_USER);
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    return new double[] {
      sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6
    };
  }

  private List<Long> run(
      ExecutorService users, IntFunction<String> path, boolean basicAuth, int perUser)
      throws Exception {
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      HttpClient session = sessions[u];
      futures.add(
          users.submit(
              () -> {
                List<Long> times = new ArrayList<>(perUser);
                for (int i = 0; i < perUser; i++) {
                  long t = System.nanoTime();
                  get(session, path.apply(i), basicAuth);
                  times.add(System.nanoTime() - t);
                }
                return times;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (var f : futures) {
      all.addAll(f.get());
    }
    return all;
  }

  private String get(String path, boolean basicAuth) throws IOException, InterruptedException {
    return get(http, path, basicAuth);
  }

  private String get(HttpClient client, String path, boolean basicAuth)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", "zh-CN");
    if (basicAuth) {
      b.header("Authorization", basic);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** Form login, so that the JSF roster is measured as a browser sees it (LTPA cookie). */
  private void login(HttpClient session) throws IOException, InterruptedException {
    session.send(
        HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding());
    session.send(
        HttpRequest.newBuilder(URI.create(base + "j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("j_username=zuzhibu&j_password=" + PASSWORD))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /**
   * Valid members with citizen ids of an area the demo never uses (110105), spread over the
   * branches.
   */
  private static void writeImportFile(Path file, int rows, List<String> branchCodes)
      throws IOException {
    List<SheetColumn> columns = Arrays.asList(SheetColumn.values());
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet();
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c).header());
      }
      for (int i = 0; i < rows; i++) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 400);
        String first17 = importedFirst17(i);
        Row row = sheet.createRow(i + 1);
        for (int c = 0; c < columns.size(); c++) {
          row.createCell(c)
              .setCellValue(
                  value(
                      columns.get(c),
                      i,
                      birth,
                      first17 + CitizenId.checkChar(first17),
                      branchCodes.get(i % branchCodes.size())));
        }
      }
      wb.write(out);
      wb.dispose();
    }
  }

  /** A reward from the paper files for each member of the import file, as PaperHistoryIT's. */
  private static void writeHistoriesFile(Path file, int rows) throws IOException {
    String[] header = {"公民身份号码", "姓名", "类别", "开始日期", "结束日期", "名称", "类型", "说明"};
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet();
      Row head = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      for (int i = 0; i < rows; i++) {
        String first17 = importedFirst17(i);
        String[] v = {
          first17 + CitizenId.checkChar(first17),
          "导入党员" + i,
          "奖励",
          "2019-07-01",
          "",
          "优秀共产党员",
          "",
          ""
        };
        Row row = sheet.createRow(i + 1);
        for (int c = 0; c < v.length; c++) {
          row.createCell(c).setCellValue(v[c]);
        }
      }
      wb.write(out);
      wb.dispose();
    }
  }

  /** The citizen id (first 17 characters) of the {@code i}th imported member. */
  private static String importedFirst17(int i) {
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 400);
    return "110105" + birth.toString().replace("-", "") + String.format("%03d", (i % 400) * 2 + 1);
  }

  private static String value(
      SheetColumn c, int i, LocalDate birth, String citizenId, String orgCode) {
    return switch (c) {
      case NAME -> "导入党员" + i;
      case SEX -> "男";
      case CITIZEN_ID -> citizenId;
      case ETHNICITY -> "汉族";
      case BIRTH_DATE -> birth.toString();
      case EDUCATION -> "大学专科";
      case CATEGORY -> "正式党员";
      case ORGANIZATION_CODE -> orgCode;
      case PHONE -> String.format("139%08d", i);
      case APPLICATION_DATE -> birth.plusYears(22).toString();
      case JOIN_DATE -> birth.plusYears(24).toString();
      case CONVERSION_DATE -> birth.plusYears(25).toString();
      case EMPLOYMENT -> "在职";
      case FRONTLINE -> i % 2 == 0 ? "是" : "否";
      default -> "";
    };
  }
}
