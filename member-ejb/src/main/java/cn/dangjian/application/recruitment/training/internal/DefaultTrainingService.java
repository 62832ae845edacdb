package cn.dangjian.application.recruitment.training.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.training.Certificate;
import cn.dangjian.application.recruitment.training.ClassData;
import cn.dangjian.application.recruitment.training.ClassView;
import cn.dangjian.application.recruitment.training.SessionData;
import cn.dangjian.application.recruitment.training.TrainingBoard;
import cn.dangjian.application.recruitment.training.TrainingService;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.print.Printer;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.domain.recruitment.training.Enrolment;
import cn.dangjian.domain.recruitment.training.TrainingClass;
import cn.dangjian.domain.recruitment.training.TrainingRepository;
import cn.dangjian.domain.recruitment.training.TrainingSession;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
public class DefaultTrainingService implements TrainingService {
  private static final Set<OrgKind> COMMITTEES = Set.of(OrgKind.COMMITTEE);

  @Inject TrainingRepository classes;
  @Inject CaseRepository cases;
  @Inject OrganizationRepository organizations;
  @Inject CurrentCaller caller;
  @Inject ScopeGuard guard;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject TrainingHours hours;
  @Inject Printer printer;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public TrainingBoard board(int year) {
    Caller who = caller.get();
    List<TrainingClass> all = classes.classes(year);
    List<TrainingBoard.Row> rows =
        all.stream()
            .filter(c -> visible(who, c))
            .map(
                c -> {
                  List<Enrolment> mine = enrolmentsFor(who, c);
                  return new TrainingBoard.Row(
                      c.getId(),
                      c.getTitle(),
                      c.getAudience(),
                      c.getOrganization().getDisplayName(),
                      c.getStartsOn(),
                      c.getEndsOn(),
                      c.getSessions().size(),
                      c.totalHours(),
                      mine.size(),
                      (int) mine.stream().filter(Enrolment::certified).count());
                })
            .toList();
    List<String> without =
        who.has(GROUP_ADMIN) || who.has(COMMITTEE_ADMIN)
            ? organizations.findInScope(who.scope(), null, COMMITTEES, Integer.MAX_VALUE).stream()
                .filter(o -> o.getParent() != null)
                .filter(
                    o ->
                        all.stream()
                            .noneMatch(
                                c ->
                                    c.getAudience() == Audience.ACTIVIST
                                        && o.getPath().startsWith(c.getOrgPath())))
                .map(Organization::getName)
                .toList()
            : List.of();
    return new TrainingBoard(year, rows, without);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public List<TrainingBoard.Organizer> organizers() {
    return organizations
        .findInScope(caller.get().scope(), null, COMMITTEES, Integer.MAX_VALUE)
        .stream()
        .map(o -> new TrainingBoard.Organizer(o.getId(), o.getDisplayName()))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public ClassView get(Long id) {
    Caller who = caller.get();
    TrainingClass c = load(id);
    LocalDate today = LocalDate.now(clock);
    List<ClassView.SessionView> sessions =
        c.getSessions().stream()
            .map(
                s ->
                    new ClassView.SessionView(
                        s.getId(),
                        s.getHeldOn(),
                        s.getHours(),
                        s.getTopic(),
                        s.getTeacher(),
                        s.heldBy(today)))
            .toList();
    List<ClassView.EnrolmentView> enrolments =
        enrolmentsFor(who, c).stream()
            .map(
                e -> {
                  RecruitmentCase rc = e.getRecruitmentCase();
                  return new ClassView.EnrolmentView(
                      e.getId(),
                      rc.getId(),
                      rc.getName(),
                      rc.getOrganization().getDisplayName(),
                      rc.getStanding(),
                      e.getAttended().stream()
                          .map(TrainingSession::getId)
                          .collect(Collectors.toSet()),
                      e.days(),
                      e.hours(),
                      e.getExamScore(),
                      e.getCertificateNo(),
                      e.getCertifiedOn(),
                      e.certified() ? List.of() : e.missing());
                })
            .toList();
    return new ClassView(
        c.getId(),
        c.getVersion(),
        c.getTitle(),
        c.getAudience(),
        c.getOrganization().getName(),
        c.getStartsOn(),
        c.getEndsOn(),
        c.getPassMark(),
        c.totalHours(),
        mayManage(who, c),
        sessions,
        enrolments);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public Long create(ClassData d) {
    List<Violation> v =
        TrainingClass.check(
            d.getTitle(), d.getAudience(), d.getStartsOn(), d.getEndsOn(), d.getPassMark());
    if (d.getOrganizationId() == null) {
      v.add(new Violation("organizationId", "training.organizer"));
    }
    if (!v.isEmpty()) {
      throw new ValidationException(v);
    }
    Organization o = guard.organization(d.getOrganizationId());
    if (o.getKind() != OrgKind.COMMITTEE) {
      throw new ValidationException(List.of(new Violation("organizationId", "training.organizer")));
    }
    TrainingClass c =
        new TrainingClass(
            o, d.getTitle(), d.getAudience(), d.getStartsOn(), d.getEndsOn(), d.getPassMark());
    classes.store(c);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "TrainingClass",
        c.getId(),
        c.getTitle(),
        "audit.training.created",
        c.getAudience(),
        c.getStartsOn(),
        c.getEndsOn(),
        c.getPassMark());
    return c.getId();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void addSession(Long classId, int expectedVersion, SessionData d) {
    TrainingClass c = toChange(classId, expectedVersion);
    TrainingSession s =
        c.addSession(
            d.getHeldOn(), d.getHours(), d.getTopic(), MemberData.trimToNull(d.getTeacher()));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "TrainingClass",
        classId,
        c.getTitle(),
        "audit.training.session",
        s.getHeldOn(),
        s.getHours(),
        s.getTopic());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public List<CaseRow> enrolable(Long classId) {
    TrainingClass c = load(classId);
    Set<Long> enrolled =
        c.getEnrolments().stream()
            .map(e -> e.getRecruitmentCase().getId())
            .collect(Collectors.toSet());
    return cases.open(caller.get().scope()).stream()
        .filter(
            rc ->
                rc.getStanding() == c.getAudience().standing()
                    && rc.getOrgPath().startsWith(c.getOrgPath())
                    && !enrolled.contains(rc.getId()))
        .map(
            rc ->
                new CaseRow(
                    rc.getId(),
                    rc.getName(),
                    rc.getSex(),
                    rc.getOrganization().getDisplayName(),
                    rc.getStanding(),
                    rc.getStatus(),
                    rc.getApplicationDate()))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void enrol(Long classId, int expectedVersion, List<Long> caseIds) {
    TrainingClass c = toChange(classId, expectedVersion);
    if (caseIds == null || caseIds.isEmpty()) {
      throw new ValidationException(List.of(new Violation("caseIds", "training.enrol.none")));
    }
    for (Long caseId : caseIds) {
      c.enrol(guard.load(RecruitmentCase.class, caseId, "entity.case"));
    }
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "TrainingClass",
        classId,
        c.getTitle(),
        "audit.training.enrolled",
        caseIds.size(),
        names(c, caseIds));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void attendance(
      Long classId, int expectedVersion, Long sessionId, Set<Long> presentEnrolmentIds) {
    TrainingClass c = toChange(classId, expectedVersion);
    Set<Long> present = presentEnrolmentIds == null ? Set.of() : presentEnrolmentIds;
    present.forEach(c::enrolment);
    c.attendance(sessionId, present, LocalDate.now(clock));
    hours.sessionRecorded(c, c.session(sessionId));
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "TrainingClass",
        classId,
        c.getTitle(),
        "audit.training.attendance",
        c.session(sessionId).getHeldOn(),
        present.size());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public void exam(Long classId, int expectedVersion, Long enrolmentId, Integer score) {
    TrainingClass c = toChange(classId, expectedVersion);
    Enrolment e = c.enrolment(enrolmentId);
    Integer before = e.getExamScore();
    c.exam(enrolmentId, score);
    Flush.now(em);
    audit.changed(
        "TrainingClass",
        classId,
        c.getTitle(),
        List.of(new Change("audit.field.training.score", before, e.getExamScore())),
        "audit.training.exam",
        e.getRecruitmentCase().getName());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public String certify(Long classId, int expectedVersion, Long enrolmentId, LocalDate on) {
    TrainingClass c = toChange(classId, expectedVersion);
    if (on != null && on.isAfter(LocalDate.now(clock))) {
      throw new ValidationException(
          List.of(new Violation("certifiedOn", "recruitment.step.future", on)));
    }
    Enrolment e = c.certify(enrolmentId, on);
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "TrainingClass",
        classId,
        c.getTitle(),
        "audit.training.certified",
        e.getCertificateNo(),
        e.getRecruitmentCase().getName());
    return e.getCertificateNo();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public byte[] certificatePdf(Long classId, Long enrolmentId) {
    Certificate k = certificate(classId, enrolmentId);
    byte[] pdf = printer.pdf(CertificatePaper.of(k));
    audit.record(
        AuditAction.EXPORT,
        "TrainingClass",
        classId,
        k.title(),
        "audit.training.certificatePrinted",
        k.number(),
        k.name());
    return pdf;
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Certificate certificate(Long classId, Long enrolmentId) {
    TrainingClass c = load(classId);
    Enrolment e =
        c.findEnrolment(enrolmentId)
            .filter(
                x ->
                    x.certified()
                        && caller.get().scope().covers(x.getRecruitmentCase().getOrgPath()))
            .orElseThrow(() -> new NotFoundException("entity.certificate", enrolmentId));
    RecruitmentCase rc = e.getRecruitmentCase();
    return new Certificate(
        e.getCertificateNo(),
        rc.getName(),
        rc.getSex(),
        rc.getOrganization().getDisplayName(),
        c.getTitle(),
        c.getAudience(),
        c.getOrganization().getDisplayName(),
        c.getStartsOn(),
        c.getEndsOn(),
        e.days(),
        e.hours(),
        e.getExamScore(),
        e.getCertifiedOn());
  }

  /** A class is seen by those who keep its committee and by those who keep a part of it. */
  private static boolean visible(Caller who, TrainingClass c) {
    return who.scope().covers(c.getOrgPath())
        || who.scope().subtreePaths().stream().anyMatch(p -> p.startsWith(c.getOrgPath()));
  }

  private static boolean mayManage(Caller who, TrainingClass c) {
    return (who.has(GROUP_ADMIN) || who.has(COMMITTEE_ADMIN)) && who.scope().covers(c.getOrgPath());
  }

  /** Everyone enrolled for those who keep the committee; a branch sees its own people. */
  private static List<Enrolment> enrolmentsFor(Caller who, TrainingClass c) {
    return c.getEnrolments().stream()
        .filter(e -> who.scope().covers(e.getRecruitmentCase().getOrgPath()))
        .toList();
  }

  private TrainingClass load(Long id) {
    return guard.load(
        TrainingClass.class, id, "entity.trainingClass", c -> visible(caller.get(), c));
  }

  private TrainingClass toChange(Long id, int expectedVersion) {
    TrainingClass c = load(id);
    if (!mayManage(caller.get(), c)) {
      audit.refused("TrainingClass", id, "change");
      throw new RefusedException("training.notYours", c.getOrganization().getName());
    }
    if (c.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.generic");
    }
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return c;
  }

  /** The enrolled people's names, as the audit shows them. */
  private static String names(TrainingClass c, List<Long> caseIds) {
    return c.getEnrolments().stream()
        .filter(e -> caseIds.contains(e.getRecruitmentCase().getId()))
        .map(e -> e.getRecruitmentCase().getName())
        .collect(Collectors.joining("、"));
  }
}
