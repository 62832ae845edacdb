package cn.dangjian.domain.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProspectTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
  private static final LocalDate SINCE = LocalDate.of(2026, 3, 1);

  private final Ids ids = new Ids(4000);
  private Organization committee;
  private Organization branch;
  private Organization other;
  private Member guide;

  @BeforeEach
  void setUp() {
    Samples.Tree tree = Samples.tree(ids);
    committee = tree.committee();
    branch = tree.branch();
    other = tree.other();
    guide = ids.assign(Samples.member(branch));
  }

  /** 李明, a young frontline team leader with a secondary technical education. */
  private static Applicant person() {
    return new Applicant(
        "李明",
        Sex.MALE,
        "140202200001011016",
        "汉族",
        LocalDate.of(2000, 1, 1),
        Education.TECHNICAL_SECONDARY,
        null,
        "综采班班长",
        true,
        false,
        true,
        null);
  }

  private Prospect prospect() {
    return ids.assign(Prospect.of(person(), branch, guide, SINCE, TODAY, "shuji1", NOW));
  }

  private static Set<String> fields(ValidationException e) {
    return Set.copyOf(e.violations().stream().map(Violation::field).toList());
  }

  @Test
  void aBranchTakesAPersonIntoSightWithAFullMemberOfItsOwnAsGuide() {
    Prospect p = prospect();
    assertEquals(ProspectState.IN_SIGHT, p.getState());
    assertEquals(guide.getName(), p.getGuideName());
    assertEquals(branch.getPath(), p.getOrgPath());
    assertEquals(
        Set.of(Source.FRONTLINE, Source.TEAM_LEADER, Source.YOUNG),
        p.sources(new SourcePolicy(), TODAY));
  }

  @Test
  void theGuideIsAFullMemberOfTheOrganizationAndTheDayIsNotAhead() {
    Member elsewhere = ids.assign(Samples.member(other));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Prospect.of(person(), branch, elsewhere, TODAY.plusDays(1), TODAY, "x", NOW));
    assertEquals(Set.of("guideId", "since"), fields(e));

    MemberData d = new MemberData();
    d.setName("赵预备");
    d.setSex(Sex.FEMALE);
    d.setEthnicity("汉族");
    d.setBirthDate(LocalDate.of(1995, 5, 5));
    d.setEducation(Education.COLLEGE);
    d.setCategory(Category.PROBATIONARY);
    d.setJoinDate(LocalDate.of(2026, 1, 10));
    Member probationary = ids.assign(new Member(d, branch));
    assertEquals(
        Set.of("guideId"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> Prospect.of(person(), branch, probationary, SINCE, TODAY, "x", NOW))));
    assertEquals(
        Set.of("organizationId"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> Prospect.of(person(), committee, guide, SINCE, TODAY, "x", NOW))),
        "a committee keeps no cases, so no pool of its own");
    Prospect p = prospect();
    assertThrows(ValidationException.class, () -> p.changeGuide(elsewhere));
  }

  @Test
  void talksAndActivitiesAreDatedFromTheDayInSightToTodayAndSaySomething() {
    Prospect p = prospect();
    p.contact(ContactKind.TALK, SINCE, "谈入党动机", TODAY, "shuji1");
    p.contact(ContactKind.ACTIVITY, TODAY, "参加主题党日", TODAY, "shuji1");
    assertEquals(2, p.getContacts().size());
    assertEquals(
        Set.of("kind", "on", "note"),
        fields(
            assertThrows(
                ValidationException.class,
                () -> p.contact(null, SINCE.minusDays(1), " ", TODAY, "shuji1"))));
    assertThrows(
        ValidationException.class,
        () -> p.contact(ContactKind.HELP, TODAY.plusDays(1), "x", TODAY, "shuji1"));
    assertThrows(
        ValidationException.class,
        () -> p.contact(ContactKind.HELP, TODAY, "长".repeat(501), TODAY, "shuji1"));
  }

  @Test
  void oncePersonAppliedTheRecordNoLongerChangesAndTheCaseHasTheirParticulars() {
    Prospect p = prospect();
    assertThrows(ValidationException.class, () -> p.applied(77L, SINCE.minusDays(1)));
    p.applied(77L, TODAY);
    assertEquals(ProspectState.APPLIED, p.getState());
    assertEquals(77L, p.getCaseId());
    ConflictException closed =
        assertThrows(
            ConflictException.class,
            () -> p.contact(ContactKind.TALK, TODAY, "x", TODAY, "shuji1"));
    assertEquals("prospect.closed", closed.key());
    assertThrows(ConflictException.class, () -> p.drop("离职", TODAY));
    Applicant a = p.applicant(TODAY);
    assertEquals(person().citizenId(), a.citizenId());
    assertEquals(TODAY, a.applicationDate());
    assertTrue(a.frontline() && a.teamLeader());
  }

  @Test
  void aPersonLetGoNeedsAReason() {
    Prospect p = prospect();
    assertThrows(ValidationException.class, () -> p.drop(" ", TODAY));
    p.drop("调离本单位", TODAY);
    assertEquals(ProspectState.DROPPED, p.getState());
    assertEquals("调离本单位", p.getDropReason());
  }

  @Test
  void anOpinionSaysWhoGaveItWhichSideAndWhatWithinTheCultivationPeriod() {
    Prospect p = prospect();
    Opinion o = Opinion.on(p, TODAY, " 张师傅 ", OpinionSide.OUTSIDE, "工作踏实", TODAY, "shuji1", NOW);
    assertEquals("张师傅", o.getGiver());
    assertEquals(p.getId(), o.getProspectId());
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Opinion.on(p, SINCE.minusDays(1), "", null, "", TODAY, "shuji1", NOW));
    assertEquals(Set.of("givenOn", "giver", "side", "content"), fields(e));
  }

  @Test
  void theStepsThatDecideWeighTheOpinions() {
    assertEquals(
        List.of(
            Step.ACTIVIST_DECIDED,
            Step.CANDIDATE_DECIDED,
            Step.BRANCH_COMMITTEE_REVIEW,
            Step.CONVERSION_MEETING),
        Arrays.stream(Step.values()).filter(Step::considersOpinions).toList());
  }
}
