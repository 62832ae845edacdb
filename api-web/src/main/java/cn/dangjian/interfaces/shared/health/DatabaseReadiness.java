package cn.dangjian.interfaces.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the member database answers; when it does not, the answer says only DOWN. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/dangjian")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      return HealthCheckResponse.named("database")
          .status(c.isValid(TIMEOUT_SECONDS))
          .withData("product", c.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      // The reason goes to the log, never to the anonymous caller: it names hosts and users.
      LOG.log(Level.WARNING, "The database does not answer the readiness check", e);
      return HealthCheckResponse.named("database").down().build();
    }
  }
}
