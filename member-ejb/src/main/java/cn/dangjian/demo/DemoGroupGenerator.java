package cn.dangjian.demo;

import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.OrgKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Builds a realistic coal-mining group: the group committee with its office branch, companies (each
 * with an office branch and general branches of production branches and their groups) and members
 * with valid citizen ids, realistic ages, posts, frontline and retired shares. The same seed always
 * gives the same group; the demo realm's users are linked to generated members.
 */
@ApplicationScoped
public class DemoGroupGenerator {
  static final int MEMBERS_PER_BRANCH = 25;
  static final int BRANCHES_PER_GENERAL_BRANCH = 8;
  static final int COMPANIES = 5;
  static final int MIN_MEMBERS = 2 * (COMPANIES + 1) + 2;
  private static final int BATCH = 1000;

  record OrgSeed(String code, String name, OrgKind kind, int parentIndex, LocalDate foundedOn) {}

  record PostSeed(Long organizationId, PositionRole role, LocalDate since) {}

  record HistorySeed(
      HistoryKind kind, LocalDate start, LocalDate end, String title, String subtype) {}

  record MemberSeed(
      MemberData data,
      Long organizationId,
      String account,
      List<PostSeed> posts,
      List<HistorySeed> history) {}

  /** A branch receiving members, and the posts its first members take. */
  private record Slot(int index, int company, boolean office, int committeeIndex) {}

  @Inject DemoWriter writer;
  @Inject Clock clock;

  public boolean databaseIsEmpty() {
    return writer.organizationCount() == 0;
  }

  /**
   * Generates the tree and about {@code count} members (at least {@value #MIN_MEMBERS}); returns
   * the group for the contexts' own demo data.
   */
  public DemoGroup generate(int count, long seed) {
    int total = Math.max(count, MIN_MEMBERS);
    Random rnd = new Random(seed);
    Vocabulary words = Vocabulary.load();
    LocalDate today = LocalDate.now(clock);

    List<OrgSeed> tree = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int branches =
        Math.max(COMPANIES + 1 + COMPANIES, Math.min(total / MEMBERS_PER_BRANCH, total / 2));
    buildTree(tree, slots, branches, words, rnd);
    List<Long> ids = writer.writeTree(tree);

    int[] sizes = sizes(total, slots.size(), rnd);
    Set<String> usedIds = new HashSet<>();
    People people = new People(words, rnd, today, usedIds);
    List<MemberSeed> batch = new ArrayList<>();
    for (int s = 0; s < slots.size(); s++) {
      Slot slot = slots.get(s);
      Long branchId = ids.get(slot.index());
      for (int k = 0; k < sizes[s]; k++) {
        boolean leader = k < 2;
        MemberData d = people.member(branchId, leader);
        List<PostSeed> posts = new ArrayList<>();
        List<HistorySeed> history = people.history(d);
        String account = null;
        if (k == 0) {
          LocalDate since = people.postSince(d);
          posts.add(
              new PostSeed(
                  ids.get(
                      slot.committeeIndex() >= 0 && slot.office()
                          ? slot.committeeIndex()
                          : slot.index()),
                  slot.office()
                      ? PositionRole.ORGANIZATION_COMMITTEE_MEMBER
                      : PositionRole.SECRETARY,
                  since));
          history.add(
              new HistorySeed(
                  HistoryKind.POST,
                  since,
                  null,
                  tree.get(slot.office() ? slot.committeeIndex() : slot.index()).name(),
                  Messages.in(Locale.SIMPLIFIED_CHINESE).label(posts.get(0).role())));
          account = account(slot, s, slots, 0);
        } else if (k == 1) {
          if (slot.office()) {
            posts.add(
                new PostSeed(
                    ids.get(slot.committeeIndex()), PositionRole.SECRETARY, people.postSince(d)));
          } else {
            posts.add(
                new PostSeed(
                    branchId, PositionRole.ORGANIZATION_COMMITTEE_MEMBER, people.postSince(d)));
          }
          account = account(slot, s, slots, 1);
        }
        batch.add(new MemberSeed(d, branchId, account, posts, history));
        if (batch.size() == BATCH) {
          writer.writeMembers(batch, DemoWriter.RECORDER, clock.instant());
          batch = new ArrayList<>();
        }
      }
    }
    if (!batch.isEmpty()) {
      writer.writeMembers(batch, DemoWriter.RECORDER, clock.instant());
    }
    List<DemoGroup.Company> companies = new ArrayList<>();
    for (int c = 1; c <= COMPANIES; c++) {
      int company = c;
      Slot office =
          slots.stream()
              .filter(x -> x.company() == company && x.office())
              .findFirst()
              .orElseThrow();
      companies.add(
          new DemoGroup.Company(
              ids.get(office.committeeIndex()),
              slots.stream()
                  .filter(x -> x.company() == company && !x.office())
                  .map(x -> ids.get(x.index()))
                  .toList()));
    }
    People applicants = new People(words, new Random(seed + 1), today, usedIds);
    return new DemoGroup(total, today, clock.instant(), seed, companies, applicants::applicant);
  }

  /**
   * The demo realm's users: zuzhibu (group organization department), gongsi1/gongsi2 (company
   * committees 1 and 2), shuji1/shuji2 (secretaries of the first production branch of companies 1
   * and 2) and dangyuan1 (a member of shuji1's branch).
   */
  private static String account(Slot slot, int s, List<Slot> slots, int k) {
    if (slot.office()) {
      if (k != 0) {
        return null;
      }
      return switch (slot.company()) {
        case 0 -> "zuzhibu";
        case 1 -> "gongsi1";
        case 2 -> "gongsi2";
        default -> null;
      };
    }
    // Each company's office branch comes right before its first production branch.
    boolean firstOfCompany = slots.get(s - 1).office();
    if (!firstOfCompany || slot.company() > 2) {
      return null;
    }
    if (slot.company() == 1) {
      return k == 0 ? "shuji1" : "dangyuan1";
    }
    return k == 0 ? "shuji2" : null;
  }

  private static void buildTree(
      List<OrgSeed> tree, List<Slot> slots, int branches, Vocabulary w, Random rnd) {
    tree.add(
        new OrgSeed("G", w.word("group.name"), OrgKind.COMMITTEE, -1, LocalDate.of(1985, 7, 1)));
    tree.add(
        new OrgSeed("G-JG", w.word("group.office"), OrgKind.BRANCH, 0, LocalDate.of(1985, 7, 1)));
    slots.add(new Slot(1, 0, true, 0));
    List<String> companies = w.list("company.names");
    List<String> generals = w.list("general.names");
    List<String> branchNames = w.list("branch.names");
    List<String> groupNames = w.list("group.names");
    int production = branches - 1 - COMPANIES;
    for (int c = 1; c <= COMPANIES; c++) {
      int perCompany = production / COMPANIES + (c <= production % COMPANIES ? 1 : 0);
      String cc = String.format("G%02d", c);
      int companyIndex = tree.size();
      tree.add(
          new OrgSeed(
              cc,
              companies.get((c - 1) % companies.size()),
              OrgKind.COMMITTEE,
              0,
              LocalDate.of(1990 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1)));
      tree.add(
          new OrgSeed(
              cc + "-JG",
              w.word("company.office"),
              OrgKind.BRANCH,
              companyIndex,
              tree.get(companyIndex).foundedOn()));
      slots.add(new Slot(tree.size() - 1, c, true, companyIndex));
      int generalCount =
          Math.max(1, (perCompany + BRANCHES_PER_GENERAL_BRANCH - 1) / BRANCHES_PER_GENERAL_BRANCH);
      for (int g = 0; g < generalCount; g++) {
        String gc = String.format("%s-%02d", cc, g + 1);
        int generalIndex = tree.size();
        String generalName =
            generals.get(g % generals.size())
                + (g >= generals.size() ? String.valueOf(g / generals.size() + 1) : "");
        tree.add(
            new OrgSeed(
                gc,
                generalName,
                OrgKind.GENERAL_BRANCH,
                companyIndex,
                LocalDate.of(2000 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1)));
        int inGeneral = perCompany / generalCount + (g < perCompany % generalCount ? 1 : 0);
        for (int b = 0; b < inGeneral; b++) {
          String bc = String.format("%s-%02d", gc, b + 1);
          int branchIndex = tree.size();
          String shortGeneral = generalName.substring(0, Math.min(2, generalName.length()));
          tree.add(
              new OrgSeed(
                  bc,
                  shortGeneral + branchNames.get(b % branchNames.size()),
                  OrgKind.BRANCH,
                  generalIndex,
                  LocalDate.of(2005 + rnd.nextInt(15), 1 + rnd.nextInt(12), 1)));
          slots.add(new Slot(branchIndex, c, false, -1));
          for (int q = 0; q < 2; q++) {
            tree.add(
                new OrgSeed(
                    bc + "-" + (q + 1),
                    groupNames.get(q),
                    OrgKind.GROUP,
                    branchIndex,
                    tree.get(branchIndex).foundedOn()));
          }
        }
      }
    }
  }

  /** Branch sizes varying ±50% around the mean, at least two each, summing to {@code total}. */
  private static int[] sizes(int total, int n, Random rnd) {
    double[] weight = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weight[i] = 0.5 + rnd.nextDouble();
      sum += weight[i];
    }
    int[] size = new int[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      size[i] = Math.max(2, (int) Math.floor((total - 2.0 * n) * weight[i] / sum) + 2);
      given += size[i];
    }
    for (int i = 0; given < total; i = (i + 1) % n, given++) {
      size[i]++;
    }
    for (int i = 0; given > total; i = (i + 1) % n) {
      if (size[i] > 2) {
        size[i]--;
        given--;
      }
    }
    return size;
  }

  /** Draws one plausible member at a time. */
  private static final class People {
    private final Vocabulary w;
    private final Random rnd;
    private final LocalDate today;
    private final Set<String> usedIds;

    People(Vocabulary w, Random rnd, LocalDate today, Set<String> usedIds) {
      this.w = w;
      this.rnd = rnd;
      this.today = today;
      this.usedIds = usedIds;
    }

    MemberData member(Long branchId, boolean leader) {
      Sex sex = leader || rnd.nextInt(100) >= 15 ? Sex.MALE : Sex.FEMALE;
      boolean probationary = !leader && rnd.nextInt(100) < 3;
      boolean retired = !leader && !probationary && rnd.nextInt(100) < 16;
      int retireAge = sex == Sex.MALE ? 60 : 55;
      int age =
          probationary
              ? 22 + rnd.nextInt(14)
              : retired
                  ? retireAge + rnd.nextInt(28)
                  : leader ? 32 + rnd.nextInt(retireAge - 33) : 22 + rnd.nextInt(retireAge - 22);
      MemberData d = person(branchId, sex, age);
      LocalDate birth = d.getBirthDate();
      if (d.getEducation() == Education.POSTGRADUATE) {
        d.setDegree(w.list("degrees").get(rnd.nextInt(5) == 0 ? 0 : 1));
      } else if (d.getEducation() == Education.UNIVERSITY && rnd.nextInt(10) < 7) {
        d.setDegree(w.list("degrees").get(2));
      }
      d.setCategory(probationary ? Category.PROBATIONARY : Category.FULL);
      d.setEmployment(retired ? Employment.RETIRED : Employment.IN_SERVICE);
      joinDates(d, birth, age, probationary);
      if (retired) {
        d.setPhone(
            rnd.nextInt(3) == 0 ? String.format("0352-%07d", rnd.nextInt(10_000_000)) : mobile());
      } else {
        d.setPhone(mobile());
        boolean frontline = !leader && rnd.nextInt(100) < 55;
        d.setFrontline(frontline);
        d.setJobPost(w.pick(frontline ? "posts.frontline" : "posts.other", rnd));
        if (!frontline && rnd.nextInt(100) < 30) {
          d.setTechnicalTitle(w.pick("titles", rnd));
        }
        d.setMobile(!leader && rnd.nextInt(100) < 3);
      }
      if (!leader && rnd.nextInt(1000) < 5) {
        d.setLostContact(true);
        d.setLostContactSince(today.minusDays(200 + rnd.nextInt(1500)));
      }
      String place = w.pick("residences", rnd);
      d.setResidence(place);
      d.setHouseholdRegistration(rnd.nextInt(4) == 0 ? w.pick("residences", rnd) : place);
      return d;
    }

    /** A young worker handing in an application: 22 to 34 years old, in service. */
    MemberData applicant(long branchId) {
      Sex sex = rnd.nextInt(100) >= 20 ? Sex.MALE : Sex.FEMALE;
      MemberData d = person(branchId, sex, 22 + rnd.nextInt(13));
      d.setPhone(mobile());
      boolean frontline = rnd.nextInt(100) < 60;
      d.setFrontline(frontline);
      d.setJobPost(w.pick(frontline ? "posts.frontline" : "posts.other", rnd));
      return d;
    }

    /** Someone of this sex and age: birthday, name, citizen id, ethnicity and schooling. */
    private MemberData person(Long branchId, Sex sex, int age) {
      MemberData d = new MemberData();
      LocalDate birth = today.minusYears(age).minusDays(1 + rnd.nextInt(360));
      d.setSex(sex);
      d.setBirthDate(birth);
      d.setName(name(sex));
      d.setCitizenId(citizenId(birth, sex));
      d.setEthnicity(w.pick("ethnicities", rnd));
      d.setEducation(education(age));
      d.setOrganizationId(branchId);
      return d;
    }

    List<HistorySeed> history(MemberData d) {
      List<HistorySeed> h = new ArrayList<>();
      if (rnd.nextInt(100) < 8 && d.getConversionDate() != null) {
        LocalDate on = between(d.getConversionDate(), today);
        h.add(new HistorySeed(HistoryKind.REWARD, on, null, w.pick("reward.titles", rnd), null));
      }
      if (d.getEmployment() == Employment.RETIRED && rnd.nextInt(100) < 20) {
        h.add(
            new HistorySeed(
                HistoryKind.HARDSHIP,
                today.minusDays(30 + rnd.nextInt(700)),
                null,
                w.pick("hardship.titles", rnd),
                null));
      }
      if (rnd.nextInt(100) < 5) {
        h.add(
            new HistorySeed(
                HistoryKind.FAMILY,
                d.getBirthDate().plusYears(25),
                null,
                w.pick("family.titles", rnd),
                null));
      }
      return h;
    }

    LocalDate postSince(MemberData d) {
      LocalDate from = d.getConversionDate() != null ? d.getConversionDate() : d.getJoinDate();
      LocalDate latest = today.minusYears(1);
      return from.isAfter(latest)
          ? from
          : between(from.isBefore(today.minusYears(8)) ? today.minusYears(8) : from, latest);
    }

    private void joinDates(MemberData d, LocalDate birth, int age, boolean probationary) {
      LocalDate adult = birth.plusYears(18).plusDays(1);
      LocalDate join;
      if (probationary) {
        join = today.minusDays(30 + rnd.nextInt(300));
      } else {
        int joinAge = 21 + rnd.nextInt(Math.max(1, Math.min(age - 2, 45) - 21 + 1));
        join = birth.plusYears(joinAge).plusDays(rnd.nextInt(300));
        LocalDate latest = today.minusYears(1).minusDays(1);
        if (join.isAfter(latest)) {
          join = latest;
        }
        d.setConversionDate(join.plusYears(1));
      }
      LocalDate applied = join.minusDays(365 + rnd.nextInt(700));
      d.setApplicationDate(applied.isBefore(adult) ? adult : applied);
      d.setJoinDate(join);
    }

    private Education education(int age) {
      int r = rnd.nextInt(100);
      if (age < 35) {
        return r < 5
            ? Education.POSTGRADUATE
            : r < 45
                ? Education.UNIVERSITY
                : r < 75
                    ? Education.COLLEGE
                    : r < 90 ? Education.TECHNICAL_SECONDARY : Education.HIGH_SCHOOL;
      }
      return r < 15
          ? Education.UNIVERSITY
          : r < 40
              ? Education.COLLEGE
              : r < 60
                  ? Education.TECHNICAL_SECONDARY
                  : r < 85
                      ? Education.HIGH_SCHOOL
                      : r < 98 ? Education.JUNIOR_HIGH : Education.PRIMARY;
    }

    private String name(Sex sex) {
      String key = sex == Sex.MALE ? "given.male" : "given.female";
      String given = w.pick(key, rnd) + (rnd.nextInt(3) == 0 ? "" : w.pick(key, rnd));
      return w.pick("surnames", rnd) + given;
    }

    private String citizenId(LocalDate birth, Sex sex) {
      String area = w.pick("areas", rnd);
      String day =
          String.format(
              "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
      while (true) {
        int seq = rnd.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = area + day + String.format("%03d", seq);
        if (usedIds.add(first17)) {
          return first17 + CitizenId.checkChar(first17);
        }
      }
    }

    private String mobile() {
      return "1" + (3 + rnd.nextInt(7)) + String.format("%09d", rnd.nextInt(1_000_000_000));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
      long span = to.toEpochDay() - from.toEpochDay();
      return span <= 0 ? from : from.plusDays(rnd.nextLong(span));
    }
  }
}
