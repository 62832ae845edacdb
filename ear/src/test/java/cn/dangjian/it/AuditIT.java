package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit log as people read it (clock fixed at 2026-06-30T02:00Z, 10:00 in Beijing): a change
 * names the record and only the fields that changed, in the reader's language; the log filters by
 * period, operator, record and action, and exports what it shows.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long memberWithNewPhone(String name, String first17, String phone) {
    Api shuji1 = Api.as("shuji1");
    long id = MemberApiIT.inShuji1sBranch(name, first17);
    Api.Reply read = shuji1.get("api/v1/members/" + id);
    JsonObject data = read.json().getJsonObject("data");
    Api.Reply changed =
        shuji1.put("api/v1/members/" + id, read.etag(), MemberApiIT.with(data, "phone", phone));
    assertEquals(200, changed.status(), changed.body());
    return id;
  }

  private static JsonArray entries(Api who, String query) {
    Api.Reply r = who.get("api/v1/audit?" + query);
    assertEquals(200, r.status(), r.body());
    return r.parse().asJsonArray();
  }

  @Test
  void aChangeReadsAsTheRecordAndTheChangedFieldsInTheReadersLanguage() {
    long id = memberWithNewPhone("审计甲", "14020219910303551", "13912345678");
    JsonArray updates = entries(Api.as("shenji"), "entityType=Member&action=UPDATE&entityId=" + id);
    assertEquals(1, updates.size(), updates.toString());
    JsonObject u = updates.getJsonObject(0);
    assertEquals("审计甲（党员编号 " + id + "）", u.getString("object"));
    assertEquals("修改党员信息", u.getString("text"));
    assertEquals("修改", u.getString("actionText"));
    assertEquals("shuji1", u.getString("actor"));
    assertEquals("2026-06-30 10:00:00", u.getString("time"), "Beijing time");
    JsonArray changes = u.getJsonArray("changes");
    assertEquals(1, changes.size(), "only the changed field: " + changes);
    assertEquals("联系电话", changes.getJsonObject(0).getString("field"));
    assertEquals("139****5678", changes.getJsonObject(0).getString("after"), "masked");
    assertFalse(u.toString().contains("13912345678"), "no phone number in clear: " + u);
    assertFalse(u.toString().contains("{\\\""), "no raw JSON: " + u);

    JsonObject created =
        entries(Api.as("shenji"), "entityType=Member&action=CREATE&entityId=" + id)
            .getJsonObject(0);
    assertTrue(created.getString("text").startsWith("新增党员，所在党支部："), created.toString());

    JsonObject en =
        entries(Api.as("shenji").english(), "entityType=Member&action=UPDATE&entityId=" + id)
            .getJsonObject(0);
    assertEquals("Changed the member record", en.getString("text"));
    assertEquals("Phone", en.getJsonArray("changes").getJsonObject(0).getString("field"));
  }

  @Test
  void theLogFiltersByPeriodOperatorAndActionAndRefusesAReversedPeriod() {
    long id = memberWithNewPhone("审计乙", "14020219920404552", "13923456789");
    Api shenji = Api.as("shenji");
    String member = "&entityType=Member&entityId=" + id;
    assertEquals(
        2,
        entries(shenji, "from=2026-06-30&to=2026-06-30" + member).size(),
        "created and changed today");
    assertEquals(0, entries(shenji, "from=2026-07-01" + member).size());
    assertEquals(0, entries(shenji, "to=2026-06-29" + member).size());
    assertEquals(2, entries(shenji, "actor=shuji1" + member).size());
    assertEquals(0, entries(shenji, "actor=gongsi1" + member).size());
    assertEquals(1, entries(shenji, "action=CREATE" + member).size());

    Api.Reply reversed = shenji.get("api/v1/audit?from=2026-07-01&to=2026-06-01");
    assertEquals(400, reversed.status(), reversed.body());
    assertTrue(
        reversed.body().contains("\"to\"") && reversed.body().contains("结束日期不能早于开始日期"),
        reversed.body());
    Api.Reply badDate = shenji.get("api/v1/audit?from=yesterday");
    assertEquals(400, badDate.status(), badDate.body());
    assertTrue(badDate.body().contains("\"from\""), badDate.body());
    assertEquals(403, Api.as("shuji1").get("api/v1/audit").status());
  }

  @Test
  void theExportHoldsWhatTheFilterShowsAndIsItselfAudited() {
    long id = memberWithNewPhone("审计丙", "14020219930505553", "13934567890");
    Api shenji = Api.as("shenji");
    int exportsBefore = entries(shenji, "entityType=AuditEntry&action=EXPORT&max=500").size();
    Api.Reply csv =
        shenji.getFile("api/v1/audit/export?format=CSV&entityType=Member&entityId=" + id);
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().contains("时间（北京时间）"), csv.body());
    assertTrue(csv.body().contains("审计丙（党员编号 " + id + "）"), csv.body());
    assertTrue(csv.body().contains("联系电话：") && csv.body().contains("→ 139****7890"), csv.body());
    assertEquals(
        exportsBefore + 1, entries(shenji, "entityType=AuditEntry&action=EXPORT&max=500").size());
    assertEquals(
        200, shenji.getFile("api/v1/audit/export?entityId=" + id).status(), "xlsx by default");
  }

  @Test
  void theAuditorFiltersThePageByRecordAndSeesWhatChanged() {
    long id = memberWithNewPhone("审计丁", "14020219940606554", "13945678901");
    try (Browser b = new Browser(1280, 900)) {
      b.login("shenji");
      b.open("audit.xhtml");
      b.visible(By.id("audit:entityId")).sendKeys(String.valueOf(id));
      b.driver.findElement(By.id("audit:search")).click();
      String log = b.waitForText(By.id("audit:log"), "审计丁（党员编号 " + id + "）");
      assertTrue(
          log.contains("联系电话")
              && log.contains("139****8901")
              && log.contains("2026-06-30 10:00:00"),
          log);
      assertTrue(b.visible(By.id("exportXlsx")).getAttribute("href").contains("entityId=" + id));
    }
  }

  /** On Derby the same triggers are proven by AuditAppendOnlyTest (the server holds Derby). */
  @Test
  void onPostgreSqlTheApplicationsRoleCannotChangeOrRemoveAuditEntries() throws SQLException {
    Assumptions.assumeTrue("postgres".equals(System.getProperty("it.db")), "PostgreSQL suite");
    long id = memberWithNewPhone("审计只增", "14031119880808081", "13900000088");
    String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.pg.database");
    try (Connection c = DriverManager.getConnection(url, System.getProperty("it.pg.user"), "");
        Statement s = c.createStatement()) {
      String mine = "entity_type = 'Member' AND entity_id = '" + id + "'";
      SQLException update =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("UPDATE audit_entry SET actor = 'nobody' WHERE " + mine));
      assertEquals("42501", update.getSQLState(), update.getMessage());
      SQLException delete =
          assertThrows(
              SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry WHERE " + mine));
      assertEquals("42501", delete.getSQLState(), delete.getMessage());
      SQLException truncate =
          assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_entry"));
      assertEquals("42501", truncate.getSQLState(), truncate.getMessage());
      try (var rs = s.executeQuery("SELECT count(*) FROM audit_entry WHERE " + mine)) {
        rs.next();
        assertTrue(rs.getLong(1) >= 2, "the creation and the change are still there");
      }
    }
  }
}
