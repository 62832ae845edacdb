package cn.dangjian.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.org.OrgKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemoGroupGeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  /** Keeps what the generator would write, giving organizations ids 1, 2, 3... */
  static class RecordingWriter extends DemoWriter {
    final List<DemoGroupGenerator.OrgSeed> tree = new ArrayList<>();
    final List<DemoGroupGenerator.MemberSeed> members = new ArrayList<>();

    @Override
    public long organizationCount() {
      return tree.size();
    }

    @Override
    public List<Long> writeTree(List<DemoGroupGenerator.OrgSeed> nodes) {
      tree.addAll(nodes);
      return LongStream.rangeClosed(1, nodes.size()).boxed().toList();
    }

    @Override
    public void writeMembers(List<DemoGroupGenerator.MemberSeed> seeds, String by, Instant at) {
      members.addAll(seeds);
    }
  }

  private RecordingWriter generate(int count) {
    DemoGroupGenerator g = new DemoGroupGenerator();
    g.writer = new RecordingWriter();
    g.clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    assertEquals(count, g.generate(count, 20130604L));
    return (RecordingWriter) g.writer;
  }

  @Test
  void everyGeneratedMemberPassesTheDomainRules() {
    RecordingWriter w = generate(1000);
    assertEquals(1000, w.members.size());
    Set<String> ids = new HashSet<>();
    for (var m : w.members) {
      assertEquals(List.of(), m.data().validate(TODAY, true), m.data().getName());
      assertTrue(ids.add(CitizenId.normalize(m.data().getCitizenId())), "duplicate citizen id");
    }
  }

  @Test
  void theTreeHasCompaniesGeneralBranchesBranchesAndGroups() {
    RecordingWriter w = generate(1000);
    Map<OrgKind, Long> kinds = w.tree.stream().collect(Collectors.groupingBy(
        DemoGroupGenerator.OrgSeed::kind, Collectors.counting()));
    assertEquals(1 + DemoGroupGenerator.COMPANIES, kinds.get(OrgKind.COMMITTEE));
    assertTrue(kinds.get(OrgKind.GENERAL_BRANCH) >= DemoGroupGenerator.COMPANIES);
    assertEquals(40, kinds.get(OrgKind.BRANCH));
    assertTrue(kinds.get(OrgKind.GROUP) > 0);
    for (var n : w.tree) {
      if (n.parentIndex() >= 0) {
        assertTrue(w.tree.get(n.parentIndex()).kind().mayContain(n.kind()), n.name());
      }
    }
  }

  @Test
  void sharesLookLikeACoalMiningGroup() {
    RecordingWriter w = generate(1000);
    long retired = w.members.stream().filter(m -> m.data().getEmployment() == Employment.RETIRED).count();
    long frontline = w.members.stream().filter(m -> m.data().isFrontline()).count();
    long probationary = w.members.stream().filter(m -> m.data().getCategory() == Category.PROBATIONARY).count();
    assertTrue(retired > 100 && retired < 250, "retired " + retired);
    assertTrue(frontline > 300 && frontline < 600, "frontline " + frontline);
    assertTrue(probationary > 5 && probationary < 60, "probationary " + probationary);
  }

  @Test
  void theDemoRealmUsersAreLinkedToMembersWithPosts() {
    RecordingWriter w = generate(1000);
    Map<String, DemoGroupGenerator.MemberSeed> byAccount = w.members.stream()
        .filter(m -> m.account() != null)
        .collect(Collectors.toMap(DemoGroupGenerator.MemberSeed::account, Function.identity()));
    assertEquals(Set.of("zuzhibu", "gongsi1", "gongsi2", "shuji1", "shuji2", "dangyuan1"), byAccount.keySet());
    assertEquals(byAccount.get("shuji1").organizationId(), byAccount.get("dangyuan1").organizationId());
    assertEquals(OrgKind.COMMITTEE, kindOfPost(w, byAccount.get("gongsi1")));
    assertEquals(OrgKind.BRANCH, kindOfPost(w, byAccount.get("shuji2")));
    assertTrue(byAccount.get("dangyuan1").posts().stream()
        .allMatch(p -> p.organizationId().equals(byAccount.get("dangyuan1").organizationId())));
  }

  private static OrgKind kindOfPost(RecordingWriter w, DemoGroupGenerator.MemberSeed m) {
    return w.tree.get((int) (m.posts().get(0).organizationId() - 1)).kind();
  }

  @Test
  void theSameSeedGivesTheSameGroup() {
    var a = generate(300).members.stream().map(m -> m.data().getCitizenId()).toList();
    var b = generate(300).members.stream().map(m -> m.data().getCitizenId()).toList();
    assertEquals(a, b);
  }
}
