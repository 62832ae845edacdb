package cn.dangjian.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.domain.member.MemberChanges;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberQuery.SortField;
import cn.dangjian.domain.org.Scope;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RosterCountsTest {
  private final RosterCounts counts = new RosterCounts();
  private final AtomicInteger queries = new AtomicInteger();

  private long count(MemberQuery q, Scope scope) {
    return counts.count(q, scope, () -> 100 + queries.incrementAndGet());
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
}
