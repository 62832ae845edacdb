package cn.dangjian.infrastructure.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that needs Java (the server's key, the Chinese collation), run between the SQL
 * migrations by its version and inside a transaction, so that a failure leaves every row as it was.
 */
abstract class CodedMigration implements JavaMigration {
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
}
