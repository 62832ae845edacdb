package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.shared.DataKey;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citizen ids and phone numbers as the database holds them: sealed with the server's key (SM4),
 * found by their keyed index. Read straight from PostgreSQL; on Derby the server holds the database
 * alone, and PersonalDataSealingTest reads the same columns there.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataAtRestIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void onPostgreSqlNoCitizenIdOrPhoneNumberIsStoredInClear() throws SQLException {
    Assumptions.assumeTrue("postgres".equals(System.getProperty("it.db")), "PostgreSQL suite");
    Api shuji1 = Api.as("shuji1");
    long id = MemberApiIT.enrol(shuji1, shuji1, "密存甲", "14031119890909091", "1989-09-09");
    JsonObject data = shuji1.get("api/v1/members/" + id).json().getJsonObject("data");
    Api.Reply changed =
        shuji1.put(
            "api/v1/members/" + id,
            shuji1.get("api/v1/members/" + id).etag(),
            MemberApiIT.with(data, "phone", "13900000099"));
    assertEquals(200, changed.status(), changed.body());
    String citizenId = RecruitmentIT.citizenId("14031119890909091");

    DataKey key = DataKey.ofHex(System.getProperty("it.dataKey"));
    String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.pg.database");
    try (Connection c = DriverManager.getConnection(url, System.getProperty("it.pg.user"), "");
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery("SELECT citizen_id, citizen_id_key, phone FROM member WHERE id = " + id)) {
        assertTrue(r.next());
        assertFalse(r.getString(1).contains("1989"), r.getString(1));
        assertEquals(citizenId, key.open(r.getString(1)));
        assertEquals(key.lookupKey(citizenId), r.getString(2));
        assertFalse(r.getString(3).contains("13900000099"), r.getString(3));
        assertEquals("13900000099", key.open(r.getString(3)));
      }
      for (String table : new String[] {"member", "recruitment_case"}) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE citizen_id NOT LIKE 'sm4:%'"
                    + " OR phone NOT LIKE 'sm4:%' OR citizen_id_key IS NULL), count(*) FROM "
                    + table)) {
          r.next();
          assertEquals(0, r.getLong(1), table + ": every row sealed");
          assertTrue(r.getLong(2) > 0, table + " holds the demo group's rows");
        }
      }
    }
  }
}
