package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.education.AttendanceData;
import cn.dangjian.application.education.SessionData;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.education.StudyService;
import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.NotFoundException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultStudyService implements StudyService {
  private static final int MAX_SESSIONS = 500;
  private static final int UPCOMING = 10;

  @Inject StudyRepository studies;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject SessionViews views;
  @Inject Documents documents;
  @Inject Notices notices;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public SessionView plan(SessionData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization org = guard.organization(data.organizationId());
    StudySession s =
        new StudySession(
            org,
            data.mode(),
            data.topic(),
            data.heldOn(),
            data.startsAt(),
            data.hours(),
            data.speaker(),
            data.place());
    List<Long> picked = new ArrayList<>();
    for (Long id : data.picked() == null ? List.<Long>of() : data.picked()) {
      picked.add(
          guard.person(id).orElseThrow(() -> new NotFoundException("entity.member", id)).getId());
    }
    s.expect(data.expected(), picked);
    studies.store(s);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "StudySession",
        s.getId(),
        s.getTopic(),
        "audit.study.planned",
        org.getName(),
        s.getMode(),
        s.getHeldOn(),
        s.getHours());
    announce(s);
    return views.of(s, true);
  }

  /** Those expected at a session still ahead are told of it by their chosen channels. */
  private void announce(StudySession s) {
    if (s.getHeldOn().isBefore(LocalDate.now(clock))) {
      return; // recorded afterwards: nothing to announce
    }
    String text =
        Messages.in(Locale.SIMPLIFIED_CHINESE)
            .text(
                "notice.session",
                s.getHeldOn().toString(),
                s.getStartsAt() == null ? "" : " " + s.getStartsAt(),
                s.getPlace() == null || s.getPlace().isBlank()
                    ? s.getOrganization().getName()
                    : s.getPlace(),
                s.getTopic());
    if (s.getPicked().isEmpty()) {
      notices.toMembers(s.getOrganization().getId(), s.getExpected(), text, clock.instant());
    } else {
      notices.toPeople(s.getOrganization().getId(), s.getPicked(), text);
    }
  }

  @Override
  public SessionView get(Long id) {
    return views.of(guard.load(StudySession.class, id, "entity.studySession"), true);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<SessionView> upcoming() {
    Long me = caller.get().memberId();
    LocalDate today = LocalDate.now(clock);
    return (me == null ? Optional.<Member>empty() : members.find(me))
        .map(
            m -> {
              boolean leader =
                  !positions.committeeMembersAmong(List.of(m.getId()), today).isEmpty();
              return views.forMembers(
                  studies.upcomingFor(m.getOrgPath(), today, UPCOMING * 5).stream()
                      .filter(
                          s ->
                              s.expects(
                                  m.getId(),
                                  m.getOrgPath(),
                                  s.getExpected()
                                      .includes(m.getCategory(), m.getEmployment(), leader)))
                      .limit(UPCOMING)
                      .toList());
            })
        .orElse(List.of());
  }

  @Override
  public List<SessionView> sessions(int year) {
    return studies
        .sessions(
            caller.get().scope(),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            MAX_SESSIONS)
        .stream()
        .map(s -> views.of(s, false))
        .toList();
  }

  @Override
  public SessionView recordAttendance(Long id, int expectedVersion, List<AttendanceData> marks) {
    StudySession s = guard.load(StudySession.class, id, "entity.studySession");
    if (s.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.study", s.getTopic());
    }
    List<Attendance> recorded = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    for (AttendanceData m : marks == null ? List.<AttendanceData>of() : marks) {
      if (m == null || m.presence() == null) {
        problems.add(new Violation("presence", "study.attendance.presence"));
        continue;
      }
      Member person =
          guard
              .person(m.memberId())
              .orElseThrow(() -> new NotFoundException("entity.member", m.memberId()));
      String reason = m.reason() == null || m.reason().isBlank() ? null : m.reason().strip();
      if (reason != null && reason.length() > StudySession.REASON_LENGTH) {
        problems.add(new Violation("reason", "member.field.tooLong", StudySession.REASON_LENGTH));
      }
      recorded.add(new Attendance(person.getId(), m.presence(), reason));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    var present = s.recordAttendance(recorded, LocalDate.now(clock));
    em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    studies.credit(
        StudySource.SESSION, s.getId(), present, s.getHeldOn(), s.getHours(), s.getTopic());
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "StudySession",
        s.getId(),
        s.getTopic(),
        "audit.study.attendance",
        present.size(),
        count(recorded, Presence.EXCUSED),
        count(recorded, Presence.ABSENT));
    return views.of(s, true);
  }

  @Override
  public Long attach(Long sessionId, String fileName, byte[] content) {
    StudySession s = guard.load(StudySession.class, sessionId, "entity.studySession");
    Document d = documents.checked(SessionViews.MATERIAL, fileName, content, "file");
    Long id = documents.file(d, s.getId());
    audit.record(
        AuditAction.UPDATE,
        "StudySession",
        s.getId(),
        s.getTopic(),
        "audit.study.material",
        d.getFileName());
    return id;
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public DocumentFile material(Long sessionId, Long documentId) {
    Long me = caller.get().memberId();
    String mine = me == null ? null : members.find(me).map(Member::getOrgPath).orElse(null);
    StudySession s =
        guard.load(
            StudySession.class,
            sessionId,
            "entity.studySession",
            x ->
                caller.get().scope().covers(x.getOrgPath())
                    || (mine != null && mine.startsWith(x.getOrgPath())));
    return documents.download(documentId, SessionViews.MATERIAL, s.getId()::equals);
  }

  private static long count(List<Attendance> marks, Presence p) {
    return marks.stream().filter(a -> a.getPresence() == p).count();
  }
}
