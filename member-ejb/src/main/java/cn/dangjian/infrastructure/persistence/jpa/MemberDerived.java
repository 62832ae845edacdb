package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.member.MemberChanges;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers figures derived from member records (the roster's counts, the member an account is
 * linked to), which every page would otherwise read again. A value is reused only while no member
 * changed on this server and for at most {@value #TTL_SECONDS} s, which bounds what another
 * server's changes can leave stale.
 */
final class MemberDerived<K, V> {
  static final int TTL_SECONDS = 15;
  private static final int MAX_ENTRIES = 10_000;

  private record Entry<V>(V value, long generation, long expiresAt) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  V get(K key, Supplier<V> reader) {
    long now = System.nanoTime();
    long generation = MemberChanges.generation();
    Entry<V> e = entries.get(key);
    if (e != null && e.generation() == generation && now - e.expiresAt() < 0) {
      return e.value();
    }
    V value = reader.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry<>(value, generation, now + TTL_SECONDS * 1_000_000_000L));
    return value;
  }
}
