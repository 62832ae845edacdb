package cn.dangjian.domain.shared;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/** Ids for entities built in unit tests, where no database assigns them. */
public final class Ids {
  private final AtomicLong next;

  public Ids(long start) {
    this.next = new AtomicLong(start);
  }

  /** Gives the entity the next id; answers the entity. */
  public <T> T assign(T entity) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, next.incrementAndGet());
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
