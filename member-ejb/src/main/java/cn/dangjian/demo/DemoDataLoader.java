package cn.dangjian.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo group on first start, and only into an empty database where it is switched on
 * ({@code dangjian.demo.load}; on for Derby, off for PostgreSQL unless asked): the group's tree and
 * members first, then each context's {@link DemoContributor} adds its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "dangjian.demo.load", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "dangjian.demo.members", defaultValue = "1000")
  int memberCount;

  @Inject
  @ConfigProperty(name = "dangjian.demo.seed", defaultValue = "20130604")
  long seed;

  @Inject DemoGroupGenerator generator;
  @Inject @Any Instance<DemoContributor> contributors;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    if (!generator.databaseIsEmpty()) {
      LOG.info("Database already holds organizations: demo data not loaded");
      return;
    }
    long start = System.nanoTime();
    DemoGroup group = generator.generate(memberCount, seed);
    contributors.forEach(c -> c.contribute(group));
    LOG.info(
        () ->
            "Demo group loaded: "
                + group.members()
                + " members in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }

  @PermitAll
  public boolean done() {
    return true;
  }
}
