package cn.dangjian.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.shared.DataKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A database from before sealing: after the migration no citizen id or phone number is left in
 * clear, each opens with the key, the keyed index finds the id and refuses a second holder; every
 * member has its pinyin order key.
 */
class PersonalDataSealingTest {
  private static final String URL = "jdbc:derby:memory:sealing;create=true";
  private static final DataKey KEY =
      DataKey.ofHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");
  private static final int MEMBERS = 2_500;

  private static FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(URL, null, null)
        .locations(
            "filesystem:src/main/resources/db/migration/common",
            "filesystem:src/main/resources/db/migration/derby")
        .javaMigrations(
            new PersonalDataSealing(KEY),
            MemberNameOrdering.first(),
            MemberNameOrdering.byPrimaryWeights());
  }

  @Test
  void existingRowsAreSealedAndIndexed() throws SQLException {
    flyway().target("2026.11.27.2330").load().migrate();
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO organization (id, version, code, name, kind, path, depth)"
              + " VALUES (1, 0, 'G', 'G', 'GROUP_COMMITTEE', '/1/', 0)");
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO member (id, version, name, sex, citizen_id, ethnicity, birth_date,"
                  + " education, category, org_id, org_path, phone, join_date, frontline,"
                  + " employment, mobile, lost_contact) VALUES (?, 0, ?, 'MALE', ?, '汉族',"
                  + " DATE('1980-01-01'), 'BACHELOR', 'FULL', 1, '/1/', ?, DATE('2005-07-01'),"
                  + " 0, 'EMPLOYED', 0, 0)")) {
        for (int i = 1; i <= MEMBERS; i++) {
          p.setLong(1, i);
          p.setString(2, "党员" + i);
          p.setString(3, id(i));
          p.setString(4, i % 10 == 0 ? null : "138" + String.format("%08d", i));
          p.addBatch();
        }
        p.executeBatch();
      }
      s.executeUpdate(
          "INSERT INTO recruitment_case (id, version, name, sex, citizen_id, ethnicity, birth_date,"
              + " education, phone, frontline, technician, team_leader, org_id, org_path, status,"
              + " standing, application_date) VALUES (1, 0, '申请人', 'FEMALE', '"
              + id(MEMBERS + 1)
              + "', '汉族', DATE('2000-01-01'), 'BACHELOR', '13900000000', 0, 0, 0, 1, '/1/',"
              + " 'OPEN', 'APPLICANT', DATE('2026-01-05'))");

      long started = System.nanoTime();
      flyway().load().migrate();
      System.out.printf(
          "Sealed %d members and 1 case in %d ms%n",
          MEMBERS, (System.nanoTime() - started) / 1_000_000);

      try (ResultSet r =
          s.executeQuery("SELECT id, citizen_id, citizen_id_key, phone FROM member")) {
        int rows = 0;
        while (r.next()) {
          int i = r.getInt(1);
          assertEquals(id(i), KEY.open(r.getString(2)));
          assertEquals(KEY.lookupKey(id(i)), r.getString(3));
          if (i % 10 == 0) {
            assertNull(r.getString(4));
          } else {
            assertTrue(r.getString(4).startsWith("sm4:"));
            assertEquals("138" + String.format("%08d", i), KEY.open(r.getString(4)));
          }
          rows++;
        }
        assertEquals(MEMBERS, rows);
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT COUNT(*) FROM member WHERE citizen_id NOT LIKE 'sm4:%' OR phone NOT LIKE 'sm4:%'")) {
        r.next();
        assertEquals(0, r.getInt(1), "no citizen id or phone number left in clear");
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM member WHERE name_key IS NULL")) {
        r.next();
        assertEquals(0, r.getInt(1), "every member has its place in pinyin order");
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT citizen_id FROM recruitment_case WHERE citizen_id_key = '"
                  + KEY.lookupKey(id(MEMBERS + 1))
                  + "'")) {
        assertTrue(r.next());
        assertEquals(id(MEMBERS + 1), KEY.open(r.getString(1)));
      }
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "UPDATE member SET citizen_id_key = '" + KEY.lookupKey(id(1)) + "' WHERE id = 2"),
          "the keyed index keeps a citizen id to one member");
    }
  }

  /** A well-formed citizen id, one per {@code i} (area 1101xx, born 1980-01-01). */
  private static String id(int i) {
    String body = String.format("1101%02d19800101%03d", i / 1000, i % 1000);
    return body + check(body);
  }

  private static char check(String body) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (body.charAt(k) - '0') * w[k];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
