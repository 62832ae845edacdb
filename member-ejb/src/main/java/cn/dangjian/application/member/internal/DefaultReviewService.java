package cn.dangjian.application.member.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.member.ReviewList;
import cn.dangjian.application.member.ReviewService;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.dues.DuesRepository;
import cn.dangjian.domain.meeting.MeetingRepository;
import cn.dangjian.domain.member.MemberFlags;
import cn.dangjian.domain.member.MemberLine;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.ReviewFlag;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultReviewService implements ReviewService {
  @Inject MemberRepository members;
  @Inject MeetingRepository meetings;
  @Inject DuesRepository dues;
  @Inject ScopeGuard guard;
  @Inject Clock clock;

  @Override
  public ReviewList flagged(Long organizationId) {
    if (organizationId == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "meeting.organization.required")));
    }
    Organization org = guard.organization(organizationId);
    LocalDate today = LocalDate.now(clock);
    LocalDate window = today.minusMonths(ReviewFlag.MONTHS);
    String path = org.getPath();
    Set<Long> meetingsKept = meetings.meetingSince(path, window);
    Set<Long> attended = meetings.presentSince(path, window);
    Set<Long> duesKept = dues.withBaseSince(path, window.getYear());
    Set<Long> paid = dues.paidSince(path, window);
    List<ReviewList.Flagged> listed = new ArrayList<>();
    Map<ReviewFlag, Integer> counts = new EnumMap<>(ReviewFlag.class);
    for (MemberLine m : members.lines(path)) {
      Set<ReviewFlag> flags =
          MemberFlags.of(
              new MemberFlags.Facts(
                  m.mobile(),
                  m.mobileSince(),
                  m.lostContact(),
                  m.lostContactSince(),
                  m.joinDate(),
                  meetingsKept.contains(m.organizationId()),
                  attended.contains(m.id()),
                  duesKept.contains(m.id()),
                  paid.contains(m.id())),
              today);
      if (flags.isEmpty()) {
        continue;
      }
      flags.forEach(f -> counts.merge(f, 1, Integer::sum));
      if (listed.size() < MAX_LISTED) {
        listed.add(
            new ReviewList.Flagged(
                m.id(),
                m.name(),
                m.organization(),
                flags,
                m.lostContactSince(),
                m.mobileSince(),
                m.inflowOrganization()));
      }
    }
    return new ReviewList(org.getId(), org.getDisplayName(), today, listed, counts);
  }
}
