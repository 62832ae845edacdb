package cn.dangjian.application.meeting.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.meeting.AttendeeData;
import cn.dangjian.application.meeting.MeetingData;
import cn.dangjian.application.meeting.MeetingOverview;
import cn.dangjian.application.meeting.MeetingPlan;
import cn.dangjian.application.meeting.MeetingService;
import cn.dangjian.application.meeting.MeetingView;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.document.Document;
import cn.dangjian.domain.document.DocumentInfo;
import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.education.Presence;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySource;
import cn.dangjian.domain.meeting.Meeting;
import cn.dangjian.domain.meeting.MeetingKind;
import cn.dangjian.domain.meeting.MeetingRepository;
import cn.dangjian.domain.meeting.MeetingSchedule;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.Scope;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultMeetingService implements MeetingService {
  @Inject MeetingRepository meetings;
  @Inject MemberRepository members;
  @Inject OrganizationRepository organizations;
  @Inject StudyRepository studies;
  @Inject MeetingScan scan;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Documents documents;

  /** The owner type of a meeting's files in the document service. */
  static final String FILE = "Meeting";

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public MeetingView record(MeetingData data) {
    return record(data, null, null);
  }

  @Override
  public MeetingView record(MeetingData data, String fileName, byte[] file) {
    // a bad file refuses the meeting before anything is written
    Document paper = file == null ? null : documents.checked(FILE, fileName, file, "file");
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization org = guard.organization(data.organizationId());
    Meeting m =
        new Meeting(
            org,
            data.kind(),
            data.heldOn(),
            data.topic(),
            data.place(),
            data.lecturer(),
            data.hours(),
            data.minutes(),
            LocalDate.now(clock),
            caller.get().user(),
            clock.instant());
    Map<Long, String> names = names(org);
    Set<Long> present = attendance(m, data, names);
    meetings.store(m);
    Flush.now(em);
    if (m.getKind().creditsStudy()) {
      studies.credit(
          StudySource.PARTY_LESSON, m.getId(), present, m.getHeldOn(), m.getHours(), m.getTopic());
    }
    if (paper != null) {
      documents.file(paper, m.getId());
    }
    MeetingView v = view(m, names, files(List.of(m.getId())));
    audit.record(
        AuditAction.CREATE,
        "Meeting",
        m.getId(),
        m.getTopic(),
        "audit.meeting.recorded",
        org.getName(),
        m.getKind(),
        m.getHeldOn(),
        v.present(),
        v.excused(),
        v.absent());
    return v;
  }

  @Override
  public MeetingView correct(Long id, MeetingData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Meeting m = guard.load(Meeting.class, id, "entity.meeting");
    em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
    Organization org = m.getOrganization();
    if (!org.getId().equals(data.organizationId())) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "meeting.correct.organization")));
    }
    boolean credited = m.getKind().creditsStudy();
    m.correct(
        data.kind(),
        data.heldOn(),
        data.topic(),
        data.place(),
        data.lecturer(),
        data.hours(),
        data.minutes(),
        LocalDate.now(clock),
        caller.get().user(),
        clock.instant());
    Map<Long, String> names = names(org);
    Set<Long> present = attendance(m, data, names);
    if (credited) {
      // the old entries go first: the new ones may be the same member's for the same lesson
      studies.credit(StudySource.PARTY_LESSON, m.getId(), Set.of(), null, null, null);
      Flush.now(em);
    }
    if (m.getKind().creditsStudy()) {
      studies.credit(
          StudySource.PARTY_LESSON, m.getId(), present, m.getHeldOn(), m.getHours(), m.getTopic());
    }
    MeetingView v = view(m, names, files(List.of(m.getId())));
    audit.record(
        AuditAction.UPDATE,
        "Meeting",
        m.getId(),
        m.getTopic(),
        "audit.meeting.corrected",
        org.getName(),
        m.getKind(),
        m.getHeldOn(),
        v.present(),
        v.excused(),
        v.absent());
    return v;
  }

  /** Who was there, from the organization's own members; who was present. */
  private static Set<Long> attendance(Meeting m, MeetingData data, Map<Long, String> names) {
    return m.recordAttendance(
        data.attendance().stream()
            .map(a -> new Attendance(a.memberId(), a.presence(), reason(a)))
            .toList(),
        names.keySet());
  }

  private static String reason(AttendeeData a) {
    return a.presence() == Presence.EXCUSED && a.reason() != null ? a.reason().strip() : null;
  }

  /** The organization's own members by id: those a meeting's attendance is taken from. */
  private Map<Long, String> names(Organization org) {
    Map<Long, String> names = new HashMap<>();
    for (Member member : members.membersOf(org)) {
      names.put(member.getId(), member.getName());
    }
    return names;
  }

  @Override
  public MeetingView meeting(Long id) {
    Meeting m = guard.load(Meeting.class, id, "entity.meeting");
    return view(m, names(m.getOrganization()), files(List.of(m.getId())));
  }

  @Override
  public Long attach(Long meetingId, String fileName, byte[] file) {
    Meeting m = guard.load(Meeting.class, meetingId, "entity.meeting");
    Document d = documents.checked(FILE, fileName, file, "file");
    Long id = documents.file(d, m.getId());
    audit.record(
        AuditAction.UPDATE,
        "Meeting",
        m.getId(),
        m.getTopic(),
        "audit.meeting.file",
        d.getFileName());
    return id;
  }

  @Override
  public DocumentFile file(Long meetingId, Long documentId) {
    Meeting m = guard.load(Meeting.class, meetingId, "entity.meeting");
    return documents.download(documentId, FILE, m.getId()::equals);
  }

  private Map<Long, List<DocumentInfo>> files(Collection<Long> meetingIds) {
    return documents.listed(FILE, meetingIds);
  }

  @Override
  public List<MeetingView.Attendee> roll(Long organizationId) {
    return members.membersOf(organization(organizationId)).stream()
        .map(m -> new MeetingView.Attendee(m.getId(), m.getName(), Presence.PRESENT, null))
        .toList();
  }

  private static void requireYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new ValidationException(List.of(new Violation("year", "meeting.year.invalid")));
    }
  }

  private Organization organization(Long id) {
    if (id == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "meeting.organization.required")));
    }
    return guard.organization(id);
  }

  @Override
  public MeetingPlan plan(Long organizationId, int year) {
    requireYear(year);
    Organization org = organization(organizationId);
    List<Meeting> held =
        meetings.of(org.getId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    List<MeetingKind> kinds = kindsOf(org.getKind());
    Map<MeetingKind, List<MeetingPlan.Slot>> slots = new EnumMap<>(MeetingKind.class);
    for (MeetingSchedule.Slot s : MeetingSchedule.of(kinds, held, year, LocalDate.now(clock))) {
      slots
          .computeIfAbsent(s.kind(), k -> new ArrayList<>())
          .add(new MeetingPlan.Slot(s.period(), s.from(), s.to(), s.state(), s.held()));
    }
    List<MeetingPlan.KindLine> lines = new ArrayList<>();
    slots.forEach(
        (kind, ofKind) ->
            lines.add(
                new MeetingPlan.KindLine(
                    kind,
                    ofKind,
                    ofKind.stream().mapToInt(MeetingPlan.Slot::held).sum(),
                    (int)
                        ofKind.stream()
                            .filter(s -> s.state() == MeetingSchedule.State.OVERDUE)
                            .count())));
    Map<Long, String> names = names(org);
    Map<Long, List<DocumentInfo>> files = files(held.stream().map(Meeting::getId).toList());
    return new MeetingPlan(
        org.getId(),
        org.getDisplayName(),
        year,
        lines,
        held.stream()
            .sorted(Comparator.comparing(Meeting::getHeldOn).reversed())
            .map(m -> view(m, names, files))
            .toList());
  }

  private static List<MeetingKind> kindsOf(OrgKind kind) {
    List<MeetingKind> kinds = new ArrayList<>();
    for (MeetingKind k : MeetingKind.values()) {
      if (k.heldBy(kind)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public MeetingOverview overview(Long organizationId, int year) {
    requireYear(year);
    Organization org = organization(organizationId);
    Map<Long, List<Meeting>> byOrg =
        meetings
            .inSubtree(org.getPath(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
            .stream()
            .collect(Collectors.groupingBy(m -> m.getOrganization().getId()));
    LocalDate today = LocalDate.now(clock);
    List<MeetingOverview.Row> rows = new ArrayList<>();
    for (Organization o : organizations.findInScope(Scope.of(List.of(org.getPath()), null))) {
      List<MeetingKind> kinds = kindsOf(o.getKind());
      if (kinds.isEmpty()) {
        continue;
      }
      List<Meeting> held = byOrg.getOrDefault(o.getId(), List.of());
      Map<MeetingKind, Integer> overdue = new EnumMap<>(MeetingKind.class);
      for (MeetingSchedule.Slot s : MeetingSchedule.of(kinds, held, year, today)) {
        if (s.state() == MeetingSchedule.State.OVERDUE) {
          overdue.merge(s.kind(), 1, Integer::sum);
        }
      }
      rows.add(new MeetingOverview.Row(o.getId(), o.getDisplayName(), overdue, held.size()));
    }
    return new MeetingOverview(org.getId(), org.getDisplayName(), year, rows);
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public int remind() {
    return scan.run(LocalDate.now(clock));
  }

  private static MeetingView view(
      Meeting m, Map<Long, String> names, Map<Long, List<DocumentInfo>> files) {
    List<MeetingView.Attendee> attendance =
        m.getAttendance().stream()
            .map(
                a ->
                    new MeetingView.Attendee(
                        a.getMemberId(),
                        names.getOrDefault(a.getMemberId(), "#" + a.getMemberId()),
                        a.getPresence(),
                        a.getReason()))
            .toList();
    return new MeetingView(
        m.getId(),
        m.getOrganization().getId(),
        m.getOrganization().getDisplayName(),
        m.getKind(),
        m.getHeldOn(),
        m.getTopic(),
        m.getPlace(),
        m.getLecturer(),
        m.getHours(),
        m.getMinutes(),
        attendance,
        count(m, Presence.PRESENT),
        count(m, Presence.EXCUSED),
        count(m, Presence.ABSENT),
        m.getRecordedBy(),
        m.getCorrectedBy(),
        files.getOrDefault(m.getId(), List.of()));
  }

  private static int count(Meeting m, Presence p) {
    return (int) m.getAttendance().stream().filter(a -> a.getPresence() == p).count();
  }
}
