package cn.dangjian.application.education.internal;

import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.domain.education.Attendance;
import cn.dangjian.domain.education.StudySession;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Study sessions as the education services hand them out. */
@ApplicationScoped
public class SessionViews {
  /** The members listed for an attendance sheet; a committee's session marks whom it picks. */
  private static final int SHEET = 300;

  @Inject MemberRepository members;
  @Inject CurrentCaller caller;

  /**
   * The session; with its sheet, the organization's members first, then whoever else was marked.
   */
  SessionView of(StudySession s, boolean withSheet) {
    List<SessionView.Attendee> sheet = new ArrayList<>();
    if (withSheet) {
      Map<Long, Attendance> marked = new LinkedHashMap<>();
      s.getAttendance().forEach(a -> marked.put(a.getMemberId(), a));
      for (MemberName r :
          members.names(
              MemberQuery.all().inSubtree(s.getOrganization().getId()),
              caller.get().scope(),
              SHEET)) {
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
        sheet);
  }

  private static SessionView.Attendee attendee(Long id, String name, Attendance a) {
    return new SessionView.Attendee(
        id, name, a == null ? null : a.getPresence(), a == null ? null : a.getReason());
  }
}
