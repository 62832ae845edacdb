package cn.dangjian.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.domain.member.MemberChanges;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberQuery.SortField;
import cn.dangjian.domain.shared.Scope;
import cn.dangjian.infrastructure.persistence.jpa.JpaMemberRepository.CountKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemberDerivedTest {
  private final MemberDerived<CountKey, Long> counts = new MemberDerived<>();
  private final AtomicInteger queries = new AtomicInteger();

  private long count(MemberQuery q, Scope scope) {
    return counts.get(new CountKey(q, scope), () -> 100L + queries.incrementAndGet());
  }

  @Test
  void aCountIsReusedAcrossPagesAndSortsUntilAMemberChanges() {
    Scope all = Scope.everything();
    assertEquals(101, count(MemberQuery.all(), all));
    assertEquals(101, count(MemberQuery.all().sortedBy(SortField.JOIN_DATE, true), all));
    MemberChanges.changed();
    assertEquals(102, count(MemberQuery.all(), all));
  }

  @Test
  void filtersAndScopesAreCountedApart() {
    Scope all = Scope.everything();
    Scope branch = Scope.of(List.of("/1/3/5/6/"), null);
    count(MemberQuery.all(), all);
    count(MemberQuery.all(), branch);
    count(MemberQuery.all().withName("王"), all);
    assertEquals(3, queries.get());
  }

  @Test
  void anAccountsMemberIsReadAgainOnceAMemberChanged() {
    MemberDerived<String, Optional<Long>> accounts = new MemberDerived<>();
    assertEquals(Optional.empty(), accounts.get("shuji1", Optional::empty));
    assertEquals(Optional.empty(), accounts.get("shuji1", () -> Optional.of(7L)));
    MemberChanges.changed();
    assertEquals(Optional.of(7L), accounts.get("shuji1", () -> Optional.of(7L)));
  }
}
