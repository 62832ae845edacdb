package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.recruitment.PlanBoard;
import cn.dangjian.application.recruitment.PlanData;
import cn.dangjian.application.recruitment.PlanService;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.PlanRepository;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.RecruitmentPlan;
import cn.dangjian.domain.recruitment.Source;
import cn.dangjian.domain.recruitment.SourcePolicy;
import cn.dangjian.domain.recruitment.SourceShare;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
public class DefaultPlanService implements PlanService {
  private static final String PLAN_LETTER = "RecruitmentPlan";
  private static final int MAX_FOUND = 100;
  private static final Set<OrgKind> PLANNED =
      Set.of(OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH);

  @Inject PlanRepository plans;
  @Inject CaseRepository cases;
  @Inject Documents documents;
  @Inject OrganizationRepository organizations;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public PlanBoard board(int year) {
    Caller who = caller.get();
    SourcePolicy policy = plans.policy();
    // each new member with the sources they count under on the day of their admission meeting
    Map<RecruitmentCase, Set<Source>> admitted =
        cases.admitted(who.scope(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
            .collect(
                Collectors.toMap(
                    c -> c,
                    c ->
                        policy.sourcesOf(
                            c, c.latest(Step.ADMISSION_MEETING).orElseThrow().getOn())));
    List<PlanBoard.Row> rows = new ArrayList<>();
    for (RecruitmentPlan p : plans.plans(who.scope(), year)) {
      List<Set<Source>> under =
          admitted.entrySet().stream()
              .filter(e -> p.covers(e.getKey().getOrgPath()))
              .map(Map.Entry::getValue)
              .toList();
      rows.add(
          new PlanBoard.Row(
              p.getId(),
              p.getVersion(),
              p.getOrganization().getId(),
              p.getOrganization().getDisplayName(),
              p.getOrganization().getKind(),
              p.getQuota(),
              under.size(),
              SourceShare.of(under, policy.getGoalPercent()),
              p.getNote(),
              p.getLetterSignedOn(),
              p.getLetterSignedBy(),
              p.getLetterDocumentId() != null));
    }
    return new PlanBoard(
        year, SourceShare.of(admitted.values(), policy.getGoalPercent()), rows, policy(policy));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public List<OrgNode> plannable(String text, int max) {
    Caller who = caller.get();
    int limit = Math.min(Math.max(max, 1), MAX_FOUND);
    // A committee admin's own committees are planned by the level above: read past them.
    return organizations
        .findInScope(who.scope(), text, PLANNED, limit + who.scope().subtreePaths().size())
        .stream()
        .filter(o -> mayPlan(who, o))
        .limit(limit)
        .map(OrgNode::of)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public Long save(PlanData d) {
    // a plan out of scope is "not found" whatever else is wrong with the form
    RecruitmentPlan existing =
        d.getId() == null
            ? null
            : planToChange(d.getId(), d.getVersion() == null ? -1 : d.getVersion());
    LocalDate today = LocalDate.now(clock);
    List<Violation> v = RecruitmentPlan.check(d.getYear(), d.getQuota(), today);
    if (d.getOrganizationId() == null) {
      v.add(new Violation("organizationId", "plan.organization.required"));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    Organization o = guard.organization(d.getOrganizationId());
    if (!mayPlan(caller.get(), o)) {
      audit.refused("Organization", o.getId(), "plan", d.getYear());
      throw new RefusedException("plan.notYours", o.getName());
    }
    String note = MemberData.trimToNull(d.getNote());
    RecruitmentPlan p;
    if (d.getId() == null) {
      if (plans.find(d.getYear(), o.getId()).isPresent()) {
        throw new ConflictException("plan.duplicate", o.getName(), d.getYear());
      }
      p = new RecruitmentPlan(d.getYear(), o, d.getQuota(), note);
      plans.store(p);
      Flush.now(em);
      audit.record(
          AuditAction.CREATE,
          "RecruitmentPlan",
          p.getId(),
          subject(p),
          "audit.plan.created",
          p.getQuota());
    } else {
      p = existing;
      if (p.getYear() != d.getYear() || !p.getOrganization().getId().equals(o.getId())) {
        throw new ValidationException(List.of(new Violation("organizationId", "plan.fixed")));
      }
      Map<String, Object> before = auditFields(p);
      p.change(d.getQuota(), note);
      Flush.now(em);
      audit.changed(
          "RecruitmentPlan",
          p.getId(),
          subject(p),
          Change.between(before, auditFields(p)),
          "audit.plan.changed");
    }
    return p.getId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void letterSigned(
      Long planId,
      int expectedVersion,
      LocalDate signedOn,
      String signedBy,
      String fileName,
      byte[] scan) {
    RecruitmentPlan p = planToChange(planId, expectedVersion);
    List<Violation> v = new ArrayList<>();
    if (signedOn == null) {
      v.add(new Violation("signedOn", "plan.letter.date"));
    } else if (signedOn.isAfter(LocalDate.now(clock))) {
      v.add(new Violation("signedOn", "recruitment.step.future", signedOn));
    }
    String by = MemberData.trimToNull(signedBy);
    if (by == null || by.length() > 100) {
      v.add(new Violation("signedBy", "plan.letter.signedBy"));
    }
    Document doc = documents.check(PLAN_LETTER, fileName, scan, "scan", v);
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    Long docId = documents.file(doc, planId);
    p.letterSigned(signedOn, by, docId);
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "RecruitmentPlan",
        planId,
        subject(p),
        "audit.plan.letter",
        signedOn,
        by,
        doc.getFileName());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public DocumentFile letter(Long planId) {
    RecruitmentPlan p = plan(planId);
    return documents.download(p.getLetterDocumentId(), PLAN_LETTER, planId::equals);
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public void changePolicy(
      int expectedVersion, Integer youngMaxAge, Education educatedFrom, Integer goalPercent) {
    List<Violation> v = SourcePolicy.check(youngMaxAge, educatedFrom, goalPercent);
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    SourcePolicy p = plans.policy();
    if (p.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.generic");
    }
    Map<String, Object> before = auditFields(p);
    p.change(youngMaxAge, educatedFrom, goalPercent);
    Flush.now(em);
    audit.changed(
        "SourcePolicy",
        SourcePolicy.THE_POLICY,
        null,
        Change.between(before, auditFields(p)),
        "audit.policy.changed");
  }

  /**
   * The group admin plans for any committee or branch; a committee admin for those below its own
   * post.
   */
  private static boolean mayPlan(Caller who, Organization o) {
    if (!PLANNED.contains(o.getKind()) || !who.scope().covers(o.getPath())) {
      return false;
    }
    return who.has(GROUP_ADMIN)
        || who.has(COMMITTEE_ADMIN) && !who.scope().subtreePaths().contains(o.getPath());
  }

  private RecruitmentPlan plan(Long id) {
    return guard.load(RecruitmentPlan.class, id, "entity.plan");
  }

  private RecruitmentPlan planToChange(Long id, int expectedVersion) {
    RecruitmentPlan p = plan(id);
    if (!mayPlan(caller.get(), p.getOrganization())) {
      audit.refused("RecruitmentPlan", id, "change");
      throw new RefusedException("plan.notYours", p.getOrganization().getName());
    }
    if (p.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.generic");
    }
    return p;
  }

  private static PlanBoard.Policy policy(SourcePolicy p) {
    return new PlanBoard.Policy(
        p.getVersion(), p.getYoungMaxAge(), p.getEducatedFrom(), p.getGoalPercent());
  }

  /** A plan as the audit names it: the organization and the year. */
  private static String subject(RecruitmentPlan p) {
    return p.getOrganization().getName() + " " + p.getYear();
  }

  private static Map<String, Object> auditFields(RecruitmentPlan p) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("audit.field.plan.quota", p.getQuota());
    fields.put("audit.field.plan.note", p.getNote());
    return fields;
  }

  private static Map<String, Object> auditFields(SourcePolicy p) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("audit.field.policy.youngMaxAge", p.getYoungMaxAge());
    fields.put("audit.field.policy.educatedFrom", p.getEducatedFrom());
    fields.put("audit.field.policy.goalPercent", p.getGoalPercent());
    return fields;
  }
}
