package cn.dangjian.demo;

import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.internal.DueScan;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.OrgPosition;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.Actor;
import cn.dangjian.domain.recruitment.PersonFacts;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.RecruitmentPlan;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.domain.recruitment.training.Enrolment;
import cn.dangjian.domain.recruitment.training.TrainingClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/** Writes the demo group in short transactions so that 100,000 members never sit in one. */
@ApplicationScoped
public class DemoWriter {
  /** Who recorded the demo's histories and steps, as pages show it. */
  static final String RECORDER = Messages.in(Locale.SIMPLIFIED_CHINESE).text("demo.recorder");

  @Inject DueScan dueScan;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public long organizationCount() {
    return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
  }

  /** Persists the tree top-down; returns the ids in the order of {@code nodes}. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> writeTree(List<DemoGroupGenerator.OrgSeed> nodes) {
    Organization[] made = new Organization[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      var n = nodes.get(i);
      Organization parent = n.parentIndex() < 0 ? null : made[n.parentIndex()];
      Organization o = new Organization(n.code(), n.name(), n.kind(), parent, n.foundedOn());
      // the generator codes the offices' branches (机关) "-JG"
      o.markOffice(n.code().endsWith("-JG"));
      em.persist(o);
      o.placeUnder(parent);
      made[i] = o;
    }
    em.flush();
    return Arrays.stream(made).map(Organization::getId).toList();
  }

  /**
   * The recruitment work in progress: cases with their steps (mentors and sponsors taken from the
   * branch's full members), admissions with their member records, plans, and the activist classes
   * with every activist of their company enrolled, present and certified.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void writeRecruitment(
      List<DemoRecruitment.CaseSeed> cases,
      List<DemoRecruitment.PlanSeed> plans,
      List<DemoRecruitment.ClassSeed> classes,
      IntSupplier scores,
      LocalDate today,
      Instant at) {
    List<RecruitmentCase> written = new ArrayList<>();
    for (var seed : cases) {
      Organization branch = em.find(Organization.class, seed.branchId());
      List<PersonFacts> full =
          em
              .createQuery(
                  "SELECT m FROM PartyMember m WHERE m.organization = :b"
                      + " AND m.category = :c ORDER BY m.id",
                  Member.class)
              .setParameter("b", branch)
              .setParameter("c", Category.FULL)
              .setMaxResults(3)
              .getResultList()
              .stream()
              .map(m -> new PersonFacts(m.getId(), m.getName(), m.getCategory(), List.of()))
              .toList();
      RecruitmentCase c = new RecruitmentCase(seed.applicant(), branch);
      for (StepRecord r : seed.steps()) {
        StepRecord named =
            switch (r.step()) {
              case MENTORS_ASSIGNED -> r.withPeople(full.subList(1, 2));
              case SPONSORS_ASSIGNED -> r.withPeople(full.subList(1, 3));
              default -> r;
            };
        c.record(
            named,
            r.step().actor() == Actor.COMMITTEE ? seed.committeeId() : branch.getId(),
            RECORDER,
            at);
      }
      em.persist(c);
      if (seed.admitted()) {
        Member m =
            new Member(
                ApplicantData.of(c.applicant(), branch.getId())
                    .toMemberData(c.latest(Step.ADMISSION_MEETING).orElseThrow().getOn()),
                branch);
        em.persist(m);
        em.flush();
        c.admitted(m.getId());
      }
      written.add(c);
    }
    for (var p : plans) {
      em.persist(
          new RecruitmentPlan(
              p.year(), em.find(Organization.class, p.organizationId()), p.quota(), null));
    }
    em.flush();
    for (var k : classes) {
      Organization committee = em.find(Organization.class, k.committeeId());
      LocalDate first = k.days().get(0);
      TrainingClass tc =
          new TrainingClass(
              committee,
              k.title(),
              Audience.ACTIVIST,
              first,
              k.days().get(k.days().size() - 1),
              60);
      for (int i = 0; i < k.days().size(); i++) {
        tc.addSession(
            k.days().get(i),
            BigDecimal.valueOf(8),
            k.topics().get(i % k.topics().size()),
            k.teacher());
      }
      written.stream()
          .filter(
              c ->
                  c.getStanding() == Standing.ACTIVIST
                      && c.getOrgPath().startsWith(committee.getPath()))
          .forEach(tc::enrol);
      em.persist(tc);
      em.flush();
      Set<Long> everyone =
          tc.getEnrolments().stream().map(Enrolment::getId).collect(Collectors.toSet());
      tc.getSessions().forEach(s -> tc.attendance(s.getId(), everyone, today));
      for (Long e : everyone.stream().sorted().toList()) {
        tc.exam(e, scores.getAsInt());
        tc.certify(e, k.certifiedOn());
      }
    }
    em.flush();
    // the notices the demo cases call for today, as the daily scan would raise them
    dueScan.run(today);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void writeMembers(
      List<DemoGroupGenerator.MemberSeed> seeds, String recordedBy, Instant at) {
    Map<Long, Organization> orgs = new HashMap<>();
    for (var s : seeds) {
      Organization branch =
          orgs.computeIfAbsent(s.organizationId(), id -> em.find(Organization.class, id));
      Member m = new Member(s.data(), branch);
      if (s.account() != null) {
        m.linkAccount(s.account());
      }
      em.persist(m);
      for (var p : s.posts()) {
        em.persist(
            new OrgPosition(
                orgs.computeIfAbsent(p.organizationId(), id -> em.find(Organization.class, id)),
                m,
                p.role(),
                p.since()));
      }
      for (var h : s.history()) {
        em.persist(
            new HistoryEntry(
                m, h.kind(), h.start(), h.end(), h.title(), h.subtype(), null, recordedBy, at));
      }
    }
  }
}
