package cn.dangjian.application.education.internal;

import cn.dangjian.application.document.internal.Documents;
import cn.dangjian.application.education.Material;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.NameOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Study sessions as the education services hand them out. */
@ApplicationScoped
public class SessionViews {
  /** The members listed for an attendance sheet; a committee's session marks whom it picks. */
  private static final int SHEET = 300;

  /** The owner type of a session's files in the document service. */
  static final String MATERIAL = "StudySession";

  @Inject MemberRepository members;
  @Inject MembersOfKind ofKind;
  @Inject Documents documents;
  @Inject CurrentCaller caller;

  /** The session; with its sheet, the people expected first, then whoever else was marked. */
  SessionView of(StudySession s, boolean withSheet) {
    return of(
        s,
        withSheet,
        withSheet ? materials(List.of(s)).getOrDefault(s.getId(), List.of()) : List.of());
  }

  private SessionView of(StudySession s, boolean withSheet, List<Material> files) {
    List<SessionView.Attendee> sheet = new ArrayList<>();
    if (withSheet) {
      Map<Long, Attendance> marked = new LinkedHashMap<>();
      s.getAttendance().forEach(a -> marked.put(a.getMemberId(), a));
      for (MemberName r : expected(s)) {
        sheet.add(attendee(r.id(), r.name(), marked.remove(r.id())));
      }
      Map<Long, MemberName> others = members.namesOf(marked.keySet());
      marked.forEach(
          (memberId, a) ->
              sheet.add(
                  attendee(
                      memberId,
                      others.containsKey(memberId) ? others.get(memberId).name() : "-",
                      a)));
    }
    return new SessionView(
        s.getId(),
        s.getVersion(),
        s.getOrganization().getId(),
        s.getOrganization().getDisplayName(),
        s.getMode(),
        s.getTopic(),
        s.getHeldOn(),
        s.getStartsAt(),
        s.getHours(),
        s.getSpeaker(),
        s.getPlace(),
        !s.getAttendance().isEmpty(),
        s.getExpected(),
        s.getPicked().size(),
        sheet,
        files);
  }

  /**
   * The people expected, in name order: those picked, or the organization's members of the kind.
   */
  private List<MemberName> expected(StudySession s) {
    if (!s.getPicked().isEmpty()) {
      return members.namesOf(s.getPicked()).values().stream()
          .sorted(Comparator.comparing((MemberName m) -> NameOrder.key(m.name())))
          .toList();
    }
    return ofKind.of(s.getOrganization().getId(), s.getExpected(), s.getHeldOn(), SHEET);
  }

  /** Sessions as their expected members see them: with their materials, without the sheet. */
  List<SessionView> forMembers(List<StudySession> sessions) {
    Map<Long, List<Material>> files = materials(sessions);
    return sessions.stream()
        .map(s -> of(s, false, files.getOrDefault(s.getId(), List.of())))
        .toList();
  }

  private Map<Long, List<Material>> materials(List<StudySession> sessions) {
    Map<Long, List<Material>> files = new LinkedHashMap<>();
    documents
        .listed(MATERIAL, sessions.stream().map(StudySession::getId).toList())
        .forEach(
            (owner, docs) ->
                files.put(
                    owner, docs.stream().map(d -> new Material(d.id(), d.fileName())).toList()));
    return files;
  }

  private static SessionView.Attendee attendee(Long id, String name, Attendance a) {
    return new SessionView.Attendee(
        id, name, a == null ? null : a.getPresence(), a == null ? null : a.getReason());
  }
}
