package cn.dangjian.application.education.internal;

import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The members of a subtree of one kind (a course's audience, a session's expected people), in name
 * order and in the caller's scope; leaders are those holding a post on {@code on}.
 */
@ApplicationScoped
public class MembersOfKind {
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject CurrentCaller caller;

  List<MemberName> of(Long organizationId, MemberKind kind, LocalDate on, int max) {
    MemberQuery all = MemberQuery.all().inSubtree(organizationId);
    MemberQuery q =
        switch (kind) {
          case PROBATIONARY -> all.withCategory(Category.PROBATIONARY);
          case RETIRED -> all.withEmployment(Employment.RETIRED);
          case ALL, LEADERS -> all;
        };
    List<MemberName> people = members.names(q, caller.get().scope(), max);
    if (kind != MemberKind.LEADERS) {
      return people;
    }
    Set<Long> leaders =
        positions.committeeMembersAmong(people.stream().map(MemberName::id).toList(), on);
    return people.stream().filter(m -> leaders.contains(m.id())).toList();
  }
}
