package cn.dangjian.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that needs Java (the server's key, the Chinese collation), run between the SQL
 * migrations by its version and inside a transaction, so that a failure leaves every row as it was.
 */
abstract class CodedMigration implements JavaMigration {
  private static final int BATCH = 1000;

  private final MigrationVersion version;
  private final String description;

  CodedMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  /** Runs the statement once per row of parameters, a thousand rows to a batch. */
  static void update(Connection c, String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement u = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            u.setNull(i + 1, Types.VARCHAR); // the only values that may be missing are text
          } else {
            u.setObject(i + 1, row[i]);
          }
        }
        u.addBatch();
        if (++pending == BATCH) {
          u.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        u.executeBatch();
      }
    }
  }
}
