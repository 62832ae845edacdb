package cn.dangjian.application.meeting.internal;

import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.meeting.MeetingKind;
import cn.dangjian.domain.meeting.MeetingPeriod;
import cn.dangjian.domain.meeting.MeetingReminder;
import cn.dangjian.domain.meeting.MeetingRepository;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Near the end of each period (a month's last week, a quarter's last two weeks, a year's December),
 * tells each branch's committee which of its meetings of the period are not yet held: once per
 * organization, kind and period, in one notice per organization. A party group's go to its branch.
 */
@ApplicationScoped
public class MeetingScan {
  @Inject MeetingRepository meetings;
  @Inject OrganizationRepository organizations;
  @Inject Notices notices;

  /** The organizations reminded. */
  public int run(LocalDate today) {
    List<Organization> holders =
        organizations.findInScope(Scope.everything()).stream()
            .filter(o -> o.getKind() == OrgKind.BRANCH || o.getKind() == OrgKind.GROUP)
            .toList();
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    Map<Organization, List<String>> due = new LinkedHashMap<>();
    for (MeetingKind kind : MeetingKind.values()) {
      MeetingPeriod p = kind.period();
      if (!p.closing(today)) {
        continue;
      }
      String period = p.label(today);
      Set<Long> held = meetings.heldBy(kind, p.start(today), p.end(today));
      Set<Long> reminded = meetings.reminded(kind, period);
      for (Organization o : holders) {
        if (kind.heldBy(o.getKind())
            && !held.contains(o.getId())
            && !reminded.contains(o.getId())) {
          meetings.store(new MeetingReminder(o.getId(), kind, period, today));
          due.computeIfAbsent(o, x -> new ArrayList<>())
              .add(zh.text("notice.meeting.item", zh.label(kind), period, p.end(today)));
        }
      }
    }
    due.forEach(
        (o, items) -> {
          Long to =
              o.getKind() == OrgKind.GROUP && o.getParent() != null
                  ? o.getParent().getId()
                  : o.getId();
          notices.toCommitteeOf(to, zh.text("notice.meeting", o.getName(), zh.list(items)));
        });
    return due.size();
  }
}
