package cn.dangjian.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to this release's version before anything else touches the database.
 * Flyway manages its own transactions, hence no container transaction here.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /**
   * The schema, the same for Derby and PostgreSQL, and indexes only one database needs. The empty
   * flyway.location file in each folder lets Flyway find it inside Liberty's archives.
   */
  static final String COMMON = "classpath:db/migration/common";

  @Resource(lookup = "jdbc/dangjian")
  DataSource dataSource;

  /** The EJB timer service's tables (server.xml's databaseStore), created by Liberty on its own time. */
  static final String TIMER_TABLES = "EJBTIMER_";

  @PostConstruct
  void migrate() {
    Database db = inspect();
    MigrateResult result;
    try {
      result = migrate(db);
    } catch (FlywayException e) {
      // the timer service may create its tables between our look and Flyway's: look again, once
      Database again = inspect();
      if (!again.onlyTimerTables()) {
        throw e;
      }
      result = migrate(again);
    }
    MigrateResult done = result;
    LOG.info(() -> "Schema at version " + done.targetSchemaVersion + ", " + done.migrationsExecuted
        + " migration(s) applied");
  }

  private MigrateResult migrate(Database db) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations(COMMON, "classpath:db/migration/" + db.vendor())
        // a new database where the timer service came first: its tables are not ours, start from 0
        .baselineOnMigrate(db.onlyTimerTables())
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /**
   * @param vendor db/migration/derby or db/migration/postgresql, after the connected database
   * @param onlyTimerTables the schema has no migration history and holds only the timer service's tables
   */
  private record Database(String vendor, boolean onlyTimerTables) {}

  private Database inspect() {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String vendor = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "derby";
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
        }
      }
      boolean onlyTimers = !tables.isEmpty() && tables.stream().allMatch(t -> t.startsWith(TIMER_TABLES));
      LOG.fine(() -> "Tables before migration: " + tables);
      return new Database(vendor, onlyTimers);
    } catch (SQLException e) {
      throw new IllegalStateException("The database jdbc/dangjian cannot be reached", e);
    }
  }

  /** Lets other startup beans depend on the migration having run. */
  @PermitAll
  public boolean done() {
    return true;
  }
}
