package cn.dangjian.domain.member;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Counts committed changes to member records, so that derived figures (the roster's counts) know
 * when they are stale. Entity listener of {@link Member}; bulk updates call {@link #changed()}.
 */
public class MemberChanges {
  private static final AtomicLong GENERATION = new AtomicLong();
  private static final String REGISTERED = MemberChanges.class.getName();
  private static volatile TransactionSynchronizationRegistry registry;

  public static long generation() {
    return GENERATION.get();
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void onChange(Member member) {
    changed();
  }

  /**
   * Marks a change now and again when its transaction ends, so no reader caches the state in
   * between.
   */
  public static void changed() {
    GENERATION.incrementAndGet();
    TransactionSynchronizationRegistry tx = registry();
    if (tx != null
        && tx.getTransactionStatus() == Status.STATUS_ACTIVE
        && tx.getResource(REGISTERED) == null) {
      tx.putResource(REGISTERED, Boolean.TRUE);
      tx.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // Nothing to do before the commit; the count changes only once it is visible.
            }

            @Override
            public void afterCompletion(int status) {
              GENERATION.incrementAndGet();
            }
          });
    }
  }

  /** Looked up once: an import persists 100,000 members, each calling {@link #changed()}. */
  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry r = registry;
    if (r == null) {
      try {
        r =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        registry = r;
      } catch (NamingException e) {
        return null;
      }
    }
    return r;
  }
}
