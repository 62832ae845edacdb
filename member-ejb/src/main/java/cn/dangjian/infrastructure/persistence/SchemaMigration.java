package cn.dangjian.infrastructure.persistence;

import cn.dangjian.domain.shared.DataKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to this release's version before anything else touches the database. Flyway
 * manages its own transactions, hence no container transaction here.
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

  @PostConstruct
  void migrate() {
    // without its key the application would write personal data it cannot read back: no start
    // the EJB timer service keeps its tables in a schema of its own (server.xml), so the
    // application's schema holds only what these migrations made
    MigrateResult done =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(COMMON, "classpath:db/migration/" + vendor())
            .javaMigrations(
                new PersonalDataSealing(DataKey.configured()),
                MemberNameOrdering.first(),
                MemberNameOrdering.byPrimaryWeights())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + done.targetSchemaVersion
                + ", "
                + done.migrationsExecuted
                + " migration(s) applied");
  }

  /** db/migration/derby or db/migration/postgresql, after the connected database. */
  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
          ? "postgresql"
          : "derby";
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
