package cn.dangjian.application.shared.internal;

import cn.dangjian.application.shared.DatabaseFailures;
import cn.dangjian.domain.shared.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Writes pending changes now, so that a concurrent edit, a broken constraint or a lost database is
 * told to the user as what it is (DatabaseFailures).
 */
public final class Flush {
  private Flush() {}

  public static void now(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("error.conflict.generic");
    } catch (PersistenceException e) {
      throw DatabaseFailures.of(e).orElseThrow(() -> e);
    }
  }
}
