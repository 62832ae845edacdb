package cn.dangjian.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every migration runs on a fresh Derby, and the audit log they leave is append-only: rows are
 * added, never changed or removed, whatever the application sends. (PostgreSQL: AuditIT on the
 * PostgreSQL suite.)
 */
class AuditAppendOnlyTest {
  private static final String URL = "jdbc:derby:memory:appendOnly;create=true";

  @Test
  void theAuditLogTakesNewRowsButRefusesChangesAndRemovals() throws SQLException {
    Flyway.configure()
        .dataSource(URL, null, null)
        .locations(
            "filesystem:src/main/resources/db/migration/common",
            "filesystem:src/main/resources/db/migration/derby")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO audit_entry (id, at_time, actor, action, entity_type, entity_id)"
              + " VALUES (1, CURRENT_TIMESTAMP, 'zuzhibu', 'CREATE', 'Member', '7')");
      assertThrows(
          SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET actor = 'nobody'"));
      assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
      try (var rs = s.executeQuery("SELECT actor FROM audit_entry WHERE id = 1")) {
        rs.next();
        assertEquals("zuzhibu", rs.getString(1));
      }
    }
  }
}
