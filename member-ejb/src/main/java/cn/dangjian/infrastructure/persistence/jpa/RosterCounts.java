package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.MemberChanges;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.org.Scope;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers roster counts: every page of a 100,000-member roster needs its total, and counting is
 * the costliest part of a page. A count is reused only while no member changed on this server and
 * for at most {@value #TTL_SECONDS} s, which bounds what another server's changes can leave stale.
 */
final class RosterCounts {
  static final int TTL_SECONDS = 15;
  private static final int MAX_ENTRIES = 10_000;

  private record Key(String name, Long subtree, Object category, Object employment, Boolean frontline,
      Boolean mobile, Boolean lostContact, Object sex, Scope scope) {}

  private record Entry(long count, long generation, long expiresAt) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  long count(MemberQuery q, Scope scope, LongSupplier counter) {
    Key key = new Key(q.name(), q.subtreeOrgId(), q.category(), q.employment(), q.frontline(), q.mobile(),
        q.lostContact(), q.sex(), scope);
    long now = System.nanoTime();
    long generation = MemberChanges.generation();
    Entry e = entries.get(key);
    if (e != null && e.generation() == generation && now - e.expiresAt() < 0) {
      return e.count();
    }
    long count = counter.getAsLong();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(count, generation, now + TTL_SECONDS * 1_000_000_000L));
    return count;
  }
}
