package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.calendar.internal.OfficialCalendar;
import cn.dangjian.application.recruitment.StepData;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.Actor;
import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.PersonFacts;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.RuleBook;
import cn.dangjian.domain.recruitment.RuleBook.Judgement;
import cn.dangjian.domain.recruitment.Sanction;
import cn.dangjian.domain.recruitment.SanctionKind;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.Verdict;
import cn.dangjian.domain.recruitment.Vote;
import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.domain.recruitment.training.Enrolment;
import cn.dangjian.domain.recruitment.training.TrainingRepository;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the recruitment use cases share: the scoped load of a case, who may record a step and for
 * which organization, the rules' verdict, and the step form turned into a record.
 */
@ApplicationScoped
public class CaseAccess {
  static final String STEP_PAPER = "CaseStep";

  @Inject MemberRepository members;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject OfficialCalendar calendar;
  @Inject TrainingRepository training;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  RecruitmentCase load(Long id) {
    return guard.load(RecruitmentCase.class, id, "entity.case");
  }

  /**
   * The case, locked until the transaction ends and read afresh under the lock: changes of one case
   * run one after the other on every server, and each sees the version the one before left.
   */
  RecruitmentCase loadToChange(Long id, int expectedVersion) {
    RecruitmentCase c = load(id);
    em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
    if (c.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.case", c.getName());
    }
    c.requireOpen();
    return c;
  }

  /**
   * Branch steps are the branch secretary's; committee steps a committee admin's or the group's.
   */
  boolean mayRecord(Step step) {
    Caller who = caller.get();
    return step.actor() == Actor.BRANCH
        ? who.has(BRANCH_SECRETARY)
        : who.has(COMMITTEE_ADMIN) || who.has(GROUP_ADMIN);
  }

  /**
   * Who decides: the case's branch, or for committee steps the organization through which the
   * caller governs the case (the deepest post in their scope above it); for the group admin the
   * nearest party committee above the branch.
   */
  Organization decidingOrganization(RecruitmentCase c, Actor actor) {
    if (actor == Actor.BRANCH) {
      return c.getOrganization();
    }
    Caller who = caller.get();
    if (who.scope().all()) {
      for (Organization o = c.getOrganization().getParent(); o != null; o = o.getParent()) {
        if (o.getKind() == OrgKind.COMMITTEE) {
          return o;
        }
      }
      return null;
    }
    return who.scope().subtreePaths().stream()
        .filter(c.getOrgPath()::startsWith)
        .max(Comparator.comparingInt(String::length))
        .map(
            p ->
                em.find(
                    Organization.class,
                    Long.valueOf(
                        p.substring(p.lastIndexOf('/', p.length() - 2) + 1, p.length() - 1))))
        .orElse(null);
  }

  List<Verdict> judge(RecruitmentCase c, StepRecord r, Organization decider) {
    return RuleBook.judge(
        new Judgement(c, r, calendar.get(), decider == null ? null : decider.getKind()));
  }

  /** Checks the form's own facts (date, counts, people, result) and looks up the people named. */
  StepRecord toRecord(RecruitmentCase c, StepData d) {
    List<Violation> v = new ArrayList<>();
    Step step = d.getStep();
    LocalDate today = LocalDate.now(clock);
    if (step == null || d.getOn() == null) {
      throw new ValidationException(List.of(new Violation("on", "recruitment.step.date")));
    }
    if (d.getOn().isAfter(today)) {
      v.add(new Violation("on", "recruitment.step.future", d.getOn()));
    }
    for (Step before : step.after()) {
      c.latest(before)
          .filter(s -> d.getOn().isBefore(s.getOn()))
          .ifPresent(
              s -> v.add(new Violation("on", "recruitment.step.beforeLast", d.getOn(), s.getOn())));
    }
    Vote vote = step.isVote() ? d.vote() : null;
    if (step.isVote()) {
      if (vote == null) {
        v.add(new Violation("shouldAttend", "rule.quorum.none"));
      } else {
        v.addAll(vote.check());
      }
    }
    Outcome outcome =
        step.isVote() && vote != null
            ? (vote.hasQuorum() && vote.carried() ? Outcome.PASSED : Outcome.FAILED)
            : step.hasOutcome() ? d.getOutcome() : null;
    if (step.hasOutcome() && !step.isVote() && outcome == null) {
      v.add(new Violation("outcome", "recruitment.step.outcome"));
    }
    List<PersonFacts> people = new ArrayList<>();
    for (Long memberId : d.getPeople()) {
      Member m = guard.person(memberId).orElse(null);
      if (m == null) {
        v.add(new Violation("people", "recruitment.step.people"));
        continue;
      }
      people.add(facts(m));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    Integer days = d.getDays();
    BigDecimal hours = d.getHours();
    String note = MemberData.trimToNull(d.getNote());
    if (step == Step.CANDIDATE_TRAINING) {
      // a class certificate issued by the step's day counts its attendance; typed figures are for
      // training elsewhere
      Enrolment cert =
          training.certificates(c.getId(), Audience.CANDIDATE).stream()
              .filter(e -> !e.getCertifiedOn().isAfter(d.getOn()))
              .reduce((a, b) -> b)
              .orElse(null);
      if (cert != null) {
        days = cert.days();
        hours = cert.hours();
        note =
            note != null
                ? note
                : cert.getTrainingClass().getTitle() + " / " + cert.getCertificateNo();
      }
    }
    return new StepRecord(
        step,
        d.getOn(),
        outcome,
        MemberData.trimToNull(d.getSubtype()),
        note,
        d.getPeriodFrom(),
        d.getPeriodTo(),
        days,
        hours,
        d.isIssueRaised(),
        vote,
        MemberData.trimToNull(d.getExtensionReason()),
        people,
        step == Step.PRE_REVIEW ? d.getLeavingOn() : null);
  }

  /** What the mentor and sponsor rules look at: standing and the sanctions on record (art. 14). */
  /** What the rules ask of a person named at a step: standing and sanctions. */
  PersonFacts facts(Member m) {
    List<Sanction> sanctions =
        members.history(m).stream()
            .filter(h -> h.getKind() == HistoryKind.SANCTION)
            .flatMap(h -> sanction(h).stream())
            .toList();
    return new PersonFacts(m.getId(), m.getName(), m.getCategory(), sanctions);
  }

  static Optional<Sanction> sanction(HistoryEntry h) {
    return SanctionKind.of(h.getSubtype())
        .map(k -> new Sanction(k, h.getStartDate(), h.getEndDate()));
  }
}
