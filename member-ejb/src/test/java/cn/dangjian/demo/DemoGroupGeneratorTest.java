package cn.dangjian.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.calendar.CalendarFile;
import cn.dangjian.domain.calendar.WorkCalendar;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.Actor;
import cn.dangjian.domain.recruitment.PersonFacts;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.RuleBook;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.Verdict;
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
import java.util.function.IntSupplier;
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

    @Override
    public void writeRecruitment(
        List<DemoRecruitment.CaseSeed> seeds,
        List<DemoRecruitment.PlanSeed> planSeeds,
        List<DemoRecruitment.ClassSeed> classSeeds,
        IntSupplier scores,
        LocalDate today,
        Instant at) {
      cases.addAll(seeds);
      plans.addAll(planSeeds);
      classes.addAll(classSeeds);
    }

    final List<DemoRecruitment.CaseSeed> cases = new ArrayList<>();
    final List<DemoRecruitment.PlanSeed> plans = new ArrayList<>();
    final List<DemoRecruitment.ClassSeed> classes = new ArrayList<>();
  }

  /** The group with every context's demo data, as the loader writes it. */
  private RecordingWriter generate(int count) {
    RecordingWriter w = new RecordingWriter();
    DemoGroupGenerator g = new DemoGroupGenerator();
    g.writer = w;
    g.clock =
        Clock.fixed(
            TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    DemoGroup group = g.generate(count, 20130604L);
    assertEquals(count, group.members());
    assertEquals(DemoGroupGenerator.COMPANIES, group.companies().size());
    RecruitmentDemo recruitment = new RecruitmentDemo();
    recruitment.writer = w;
    recruitment.contribute(group);
    return w;
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
    Map<OrgKind, Long> kinds =
        w.tree.stream()
            .collect(
                Collectors.groupingBy(DemoGroupGenerator.OrgSeed::kind, Collectors.counting()));
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
    long retired =
        w.members.stream().filter(m -> m.data().getEmployment() == Employment.RETIRED).count();
    long frontline = w.members.stream().filter(m -> m.data().isFrontline()).count();
    long probationary =
        w.members.stream().filter(m -> m.data().getCategory() == Category.PROBATIONARY).count();
    assertTrue(retired > 100 && retired < 250, "retired " + retired);
    assertTrue(frontline > 300 && frontline < 600, "frontline " + frontline);
    assertTrue(probationary > 5 && probationary < 60, "probationary " + probationary);
  }

  @Test
  void theDemoRealmUsersAreLinkedToMembersWithPosts() {
    RecordingWriter w = generate(1000);
    Map<String, DemoGroupGenerator.MemberSeed> byAccount =
        w.members.stream()
            .filter(m -> m.account() != null)
            .collect(Collectors.toMap(DemoGroupGenerator.MemberSeed::account, Function.identity()));
    assertEquals(
        Set.of("zuzhibu", "gongsi1", "gongsi2", "shuji1", "shuji2", "dangyuan1"),
        byAccount.keySet());
    assertEquals(
        byAccount.get("shuji1").organizationId(), byAccount.get("dangyuan1").organizationId());
    assertEquals(OrgKind.COMMITTEE, kindOfPost(w, byAccount.get("gongsi1")));
    assertEquals(OrgKind.BRANCH, kindOfPost(w, byAccount.get("shuji2")));
    assertTrue(
        byAccount.get("dangyuan1").posts().stream()
            .allMatch(p -> p.organizationId().equals(byAccount.get("dangyuan1").organizationId())));
  }

  private static OrgKind kindOfPost(RecordingWriter w, DemoGroupGenerator.MemberSeed m) {
    return w.tree.get((int) (m.posts().get(0).organizationId() - 1)).kind();
  }

  /** Every demo case, replayed step by step, meets every rule in force on each step's day. */
  @Test
  void theDemoRecruitmentCasesAreOnTimeUnderTheRules() {
    RecordingWriter w = generate(1000);
    assertEquals(DemoGroupGenerator.COMPANIES * (6 + 5), w.cases.size());
    assertEquals(DemoGroupGenerator.COMPANIES * 3, w.plans.size());
    assertEquals(DemoRecruitment.CLASSES, w.classes.size());
    WorkCalendar calendar = CalendarFile.shipped().calendar();
    Organization branch =
        new Organization("B", "Branch", OrgKind.BRANCH, null, LocalDate.of(2000, 1, 1));
    PersonFacts a = new PersonFacts(1L, "A", Category.FULL, List.of());
    PersonFacts b = new PersonFacts(2L, "B", Category.FULL, List.of());
    Map<Standing, Long> standings = new java.util.EnumMap<>(Standing.class);
    for (var seed : w.cases) {
      RecruitmentCase c = new RecruitmentCase(seed.applicant(), branch);
      assertTrue(
          seed.applicant().citizenId().length() == 18
              && !seed.applicant().applicationDate().isAfter(TODAY));
      assertEquals(
          Step.APPLICATION, seed.steps().get(0).step(), "every case starts with its application");
      for (StepRecord r : seed.steps()) {
        StepRecord named =
            r.step() == Step.MENTORS_ASSIGNED
                ? r.withPeople(List.of(a))
                : r.step() == Step.SPONSORS_ASSIGNED ? r.withPeople(List.of(a, b)) : r;
        assertTrue(!named.on().isAfter(TODAY), named.toString());
        List<Verdict> failed =
            RuleBook.judge(
                    new RuleBook.Judgement(
                        c,
                        named,
                        calendar,
                        r.step().actor() == Actor.COMMITTEE ? OrgKind.COMMITTEE : OrgKind.BRANCH))
                .stream()
                .filter(v -> !v.passed())
                .toList();
        assertEquals(List.of(), failed, seed.applicant().name() + " " + r.step());
        c.record(named, null, "demo", Instant.EPOCH);
        if (r.step() == Step.ADMISSION_APPROVAL) {
          c.admitted(99L);
        }
      }
      standings.merge(c.getStanding(), 1L, Long::sum);
    }
    assertEquals(
        Map.of(
            Standing.APPLICANT,
            20L,
            Standing.ACTIVIST,
            20L,
            Standing.CANDIDATE,
            10L,
            Standing.PROBATIONARY,
            5L),
        standings);
  }

  @Test
  void theSameSeedGivesTheSameGroup() {
    var a = generate(300).members.stream().map(m -> m.data().getCitizenId()).toList();
    var b = generate(300).members.stream().map(m -> m.data().getCitizenId()).toList();
    assertEquals(a, b);
  }
}
