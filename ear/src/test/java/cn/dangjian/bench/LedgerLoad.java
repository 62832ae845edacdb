package cn.dangjian.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * Ten years of a group's study ledger (学时) loaded into the benchmark's PostgreSQL, against a raw
 * COPY of the same rows into a bare table of the same columns, in the same run. The load is what
 * going live with a group's history takes, done as PostgreSQL's manual advises for a bulk load: the
 * ledger's indexes and keys dropped, the rows copied into study_entry, the keys and indexes (the
 * "once per source" constraint among them) built again, and each member's yearly sums (study_year,
 * which the reports read) added from the loader's own count. Everything the product's own writes
 * keep is there at the end, checked by the constraint as it is rebuilt.
 */
public final class LedgerLoad {
  private static final String[] TITLES = {
    "学习党章", "三会一课", "主题党日", "党风廉政教育", "安全生产专题", "形势政策", "书记讲党课", "业务知识"
  };
  private static final String[] HOURS = {"0.5", "1.0", "1.5", "2.0", "2.5", "3.0"};
  private static final int YEARS = 10;

  private LedgerLoad() {}

  /** The load alone, against a database of the generated group: JDBC URL, number of entries. */
  public static void main(String[] args) throws Exception {
    run(args[0], Long.parseLong(args[1]), LocalDate.now().getYear()).forEach(System.out::println);
  }

  /** Loads {@code entries} rows ending with {@code lastYear}; answers the report's lines. */
  static List<String> run(String jdbcUrl, long entries, int lastYear) throws Exception {
    List<String> out = new ArrayList<>();
    Path file = Files.createTempFile("dangjian-ledger-", ".csv");
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      c.setAutoCommit(true);
      List<Long> members = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id FROM member ORDER BY id")) {
        while (r.next()) {
          members.add(r.getLong(1));
        }
      }
      long firstId;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM study_entry")) {
        r.next();
        firstId = r.getLong(1);
      }
      Path sums = Files.createTempFile("dangjian-ledger-years-", ".csv");
      long rows = write(file, sums, members, entries, lastYear, firstId);
      out.add(
          String.format(
              Locale.ROOT,
              "ledger: %d entries over %d years for %d members (%d MB of CSV)",
              rows,
              YEARS,
              members.size(),
              Files.size(file) / (1024 * 1024)));

      exec(
          c,
          "CREATE TABLE bench_raw_entry (id BIGINT, member_id BIGINT, source VARCHAR(20),"
              + " source_id BIGINT, studied_on DATE, hours DECIMAL(5,1), title VARCHAR(200))");
      double raw = copy(c, "bench_raw_entry", file);
      exec(c, "DROP TABLE bench_raw_entry");

      long start = System.nanoTime();
      exec(c, "ALTER TABLE study_entry DROP CONSTRAINT study_entry_once_uk");
      exec(c, "ALTER TABLE study_entry DROP CONSTRAINT study_entry_pkey");
      exec(c, "DROP INDEX study_entry_member_ix");
      double copied = copy(c, "study_entry", file);
      long rebuilt = System.nanoTime();
      // the keys, the index and the yearly sums built side by side, as pg_restore --jobs does
      List<Callable<Double>> steps =
          List.of(
              () -> timed(jdbcUrl, "CREATE UNIQUE INDEX study_entry_pkey ON study_entry (id)"),
              () ->
                  timed(
                      jdbcUrl,
                      "CREATE UNIQUE INDEX study_entry_once_uk"
                          + " ON study_entry (source_id, member_id, source)"),
              () ->
                  timed(
                      jdbcUrl,
                      "CREATE INDEX study_entry_member_ix ON study_entry (member_id, studied_on)"),
              () -> yearlySums(jdbcUrl, sums));
      List<Double> took = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(steps.size());
      try {
        for (Future<Double> f : pool.invokeAll(steps)) {
          took.add(f.get());
        }
      } finally {
        pool.shutdown();
      }
      exec(
          c,
          "ALTER TABLE study_entry ADD CONSTRAINT study_entry_pkey PRIMARY KEY"
              + " USING INDEX study_entry_pkey");
      exec(
          c,
          "ALTER TABLE study_entry ADD CONSTRAINT study_entry_once_uk UNIQUE"
              + " USING INDEX study_entry_once_uk");
      double keys = (System.nanoTime() - rebuilt) / 1e9;
      double load = (System.nanoTime() - start) / 1e9;
      exec(c, "SELECT setval('study_entry_seq', " + (firstId + rows + 1000) + ")");
      exec(c, "ANALYZE study_entry");
      exec(c, "ANALYZE study_year");
      out.add(
          String.format(
              Locale.ROOT,
              "ledger load: raw COPY %.1f s (%.0f rows/s); into study_entry with its keys and"
                  + " indexes (rebuilt after the copy) and the yearly sums %.1f s (%.0f rows/s):"
                  + " %.0f%% of the raw rate"
                  + " (target >= 25%%); the copy %.1f s, then side by side %.1f s: primary key"
                  + " %.1f s, once-per-source key %.1f s, member index %.1f s, yearly sums %.1f s",
              raw,
              rows / raw,
              load,
              rows / load,
              100 * raw / load,
              copied,
              keys,
              took.get(0),
              took.get(1),
              took.get(2),
              took.get(3)));
      Files.deleteIfExists(sums);
    } finally {
      Files.deleteIfExists(file);
    }
    return out;
  }

  /** Each member's yearly sums added to what study_year already holds, on its own connection. */
  private static double yearlySums(String jdbcUrl, Path sums) throws Exception {
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      c.setAutoCommit(true);
      exec(
          c,
          "CREATE TEMPORARY TABLE bench_year (member_id BIGINT, yr INTEGER, hours DECIMAL(7,1),"
              + " q1 DECIMAL(7,1), q2 DECIMAL(7,1), q3 DECIMAL(7,1), q4 DECIMAL(7,1))");
      copy(c, "bench_year (member_id, yr, hours, q1, q2, q3, q4)", sums);
      exec(
          c,
          "INSERT INTO study_year (member_id, yr, hours, q1, q2, q3, q4) SELECT member_id, yr,"
              + " hours, q1, q2, q3, q4 FROM bench_year ON CONFLICT (member_id, yr) DO UPDATE SET"
              + " hours = study_year.hours + EXCLUDED.hours, q1 = study_year.q1 + EXCLUDED.q1,"
              + " q2 = study_year.q2 + EXCLUDED.q2, q3 = study_year.q3 + EXCLUDED.q3,"
              + " q4 = study_year.q4 + EXCLUDED.q4");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** One statement on its own connection with room to sort in memory; answers its seconds. */
  private static double timed(String jdbcUrl, String sql) throws SQLException {
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      c.setAutoCommit(true);
      exec(c, "SET maintenance_work_mem = '512MB'");
      exec(c, sql);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Each member about the same number of entries a year, dated through the year; fixed seed. */
  private static long write(
      Path file, Path sums, List<Long> members, long entries, int lastYear, long firstId)
      throws IOException {
    Random rnd = new Random(19211);
    long memberYears = (long) members.size() * YEARS;
    long perMemberYear = Math.max(1, (entries + memberYears - 1) / memberYears);
    long id = firstId;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        BufferedWriter s = Files.newBufferedWriter(sums, StandardCharsets.UTF_8)) {
      for (int y = lastYear - YEARS + 1; y <= lastYear; y++) {
        LocalDate jan1 = LocalDate.of(y, 1, 1);
        int days = jan1.lengthOfYear();
        for (Long m : members) {
          BigDecimal year = BigDecimal.ZERO;
          BigDecimal[] quarters = {
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
          };
          for (int k = 0; k < perMemberYear; k++) {
            String hours = HOURS[rnd.nextInt(HOURS.length)];
            LocalDate on = jan1.plusDays(rnd.nextInt(days));
            year = year.add(new BigDecimal(hours));
            int q = (on.getMonthValue() - 1) / 3;
            quarters[q] = quarters[q].add(new BigDecimal(hours));
            // negative source ids: no session of the product has them, each (member, year, k) once
            w.write(
                id++
                    + ","
                    + m
                    + ",SESSION,"
                    + -(y * 1000L + k)
                    + ","
                    + on
                    + ","
                    + hours
                    + ","
                    + TITLES[rnd.nextInt(TITLES.length)]
                    + "\n");
          }
          s.write(m + "," + y + "," + year.toPlainString());
          for (BigDecimal q : quarters) {
            s.write("," + q.toPlainString());
          }
          s.write("\n");
        }
      }
    }
    return id - firstId;
  }

  private static double copy(Connection c, String table, Path file)
      throws SQLException, IOException {
    String target =
        table.contains("(")
            ? table
            : table + " (id, member_id, source, source_id, studied_on, hours, title)";
    long start = System.nanoTime();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", in);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
