package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.education.FeedbackView;
import cn.dangjian.application.education.LectureData;
import cn.dangjian.application.education.LectureService;
import cn.dangjian.application.education.RotaView;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.education.LectureFeedback;
import cn.dangjian.domain.education.LectureRota;
import cn.dangjian.domain.education.RotaSeat;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberName;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class DefaultLectureService implements LectureService {
  private static final int LECTURES_SHOWN = 50;

  @Inject StudyRepository studies;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject SessionViews views;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public RotaView setUp(Long committeeId) {
    Organization committee = guard.organization(committeeId);
    if (studies.rotaOf(committeeId).isPresent()) {
      throw new ConflictException("rota.exists", committee.getName());
    }
    LectureRota rota = new LectureRota(committee);
    rota.follow(secretariesUnder(committee));
    studies.store(rota);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "LectureRota",
        rota.getId(),
        committee.getName(),
        "audit.rota.created",
        rota.getSeats().size());
    return view(rota);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public RotaView rota(Long committeeId) {
    LectureRota rota = visible(committeeId);
    rota.follow(secretariesUnder(rota.getCommittee()));
    // a change of secretaries raises the version: the answer carries the one to send back
    Flush.now(em);
    return view(rota);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public Optional<Long> myRotaCommittee() {
    Long me = caller.get().memberId();
    return me == null ? Optional.empty() : studies.rotaWith(me).map(r -> r.getCommittee().getId());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public RotaView swap(
      Long committeeId, int expectedVersion, Long memberId, Long withId, String reason) {
    LectureRota rota = toChange(committeeId, expectedVersion);
    rota.swap(memberId, withId, reason);
    em.lock(rota, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "LectureRota",
        rota.getId(),
        rota.getCommittee().getName(),
        "audit.rota.swapped",
        name(memberId),
        name(withId),
        reason.strip());
    return view(rota);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public SessionView lecture(Long committeeId, int expectedVersion, LectureData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    LectureRota rota = toChange(committeeId, expectedVersion);
    StudySession s =
        StudySession.lecture(
            rota,
            data.lecturerId(),
            data.topic(),
            data.heldOn(),
            data.startsAt(),
            data.hours(),
            data.place());
    em.lock(rota, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    studies.store(s);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "StudySession",
        s.getId(),
        s.getTopic(),
        "audit.rota.lecture",
        name(data.lecturerId()),
        s.getHeldOn(),
        rota.getRound());
    return views.of(s, true);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public void feedback(Long sessionId, String text) {
    Caller me = caller.get();
    StudySession s = attendedLecture(sessionId, me);
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > LectureFeedback.LENGTH) {
      throw new ValidationException(
          List.of(new Violation("text", "rota.feedback.text", LectureFeedback.LENGTH)));
    }
    studies
        .feedback(s.getId(), me.memberId())
        .ifPresentOrElse(
            f -> f.rewrite(t, clock.instant()),
            () -> studies.store(new LectureFeedback(s.getId(), me.memberId(), t, clock.instant())));
    Flush.now(em);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER})
  public List<FeedbackView> feedbackOn(Long sessionId) {
    Caller me = caller.get();
    StudySession s = studies.find(sessionId).orElse(null);
    boolean lecturer = s != null && Objects.equals(s.getLecturerId(), me.memberId());
    if (!lecturer) {
      s = guard.load(StudySession.class, sessionId, "entity.studySession");
    }
    List<LectureFeedback> written = studies.feedbackOn(s.getId());
    Map<Long, MemberName> names =
        members.namesOf(written.stream().map(LectureFeedback::getMemberId).toList());
    return written.stream()
        .map(
            f ->
                new FeedbackView(
                    names.containsKey(f.getMemberId()) ? names.get(f.getMemberId()).name() : "-",
                    f.getText(),
                    f.getWrittenAt()))
        .toList();
  }

  /** A lecture the caller was recorded present at; anything else is not found for them. */
  private StudySession attendedLecture(Long sessionId, Caller me) {
    return studies
        .find(sessionId)
        .filter(s -> s.getLecturerId() != null && s.attendedBy(me.memberId()))
        .orElseThrow(() -> new NotFoundException("entity.studySession", sessionId));
  }

  /** The committee's rota, for those whose scope covers it or who are on it. */
  private LectureRota visible(Long committeeId) {
    Caller me = caller.get();
    LectureRota rota =
        studies
            .rotaOf(committeeId)
            .orElseThrow(() -> new NotFoundException("entity.rota", committeeId));
    boolean onIt = rota.getSeats().stream().anyMatch(s -> s.getMemberId().equals(me.memberId()));
    if (!onIt && !me.scope().covers(rota.getOrgPath())) {
      audit.refused("LectureRota", rota.getId(), "read");
      throw new NotFoundException("entity.rota", committeeId);
    }
    return rota;
  }

  private LectureRota toChange(Long committeeId, int expectedVersion) {
    guard.organization(committeeId);
    LectureRota rota =
        studies
            .rotaOf(committeeId)
            .orElseThrow(() -> new NotFoundException("entity.rota", committeeId));
    if (rota.getVersion() != expectedVersion) {
      throw new ConflictException("error.conflict.rota", rota.getCommittee().getName());
    }
    rota.follow(secretariesUnder(rota.getCommittee()));
    return rota;
  }

  private List<Long> secretariesUnder(Organization committee) {
    return positions.branchSecretariesUnder(committee.getPath(), LocalDate.now(clock));
  }

  private String name(Long memberId) {
    return members.find(memberId).map(Member::getName).orElse("-");
  }

  private RotaView view(LectureRota rota) {
    Map<Long, MemberName> names =
        members.namesOf(rota.getSeats().stream().map(RotaSeat::getMemberId).toList());
    List<RotaView.Seat> seats =
        rota.getSeats().stream()
            .map(
                s -> {
                  MemberName m = names.get(s.getMemberId());
                  return new RotaView.Seat(
                      s.getMemberId(),
                      m == null ? "-" : m.name(),
                      m == null ? "-" : m.organization(),
                      s.hasLectured());
                })
            .toList();
    Long next = rota.next().orElse(null);
    return new RotaView(
        rota.getCommittee().getId(),
        rota.getCommittee().getDisplayName(),
        rota.getVersion(),
        rota.getRound(),
        seats,
        next,
        next == null || !names.containsKey(next) ? null : names.get(next).name(),
        studies.lectures(rota.getCommittee().getId(), LECTURES_SHOWN).stream()
            .map(l -> views.of(l, false))
            .toList());
  }
}
