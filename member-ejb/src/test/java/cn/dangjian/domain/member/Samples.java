package cn.dangjian.domain.member;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Ids;
import java.time.LocalDate;

/** A small tree and a member, for the unit tests of what belongs to a member and a branch. */
public final class Samples {
  private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

  private Samples() {}

  /** A committee over two branches, placed and with ids, as the database would give them. */
  public record Tree(Organization committee, Organization branch, Organization other) {}

  public static Tree tree(Ids ids) {
    Organization committee =
        ids.assign(new Organization("C1", "公司党委", OrgKind.COMMITTEE, null, FOUNDED));
    committee.placeUnder(null);
    Organization branch =
        ids.assign(new Organization("B1", "综采一队党支部", OrgKind.BRANCH, committee, FOUNDED));
    branch.placeUnder(committee);
    Organization other =
        ids.assign(new Organization("B2", "机电队党支部", OrgKind.BRANCH, committee, FOUNDED));
    other.placeUnder(committee);
    return new Tree(committee, branch, other);
  }

  /** 王建国, a full member since 2008, in {@code organization}. */
  public static Member member(Organization organization) {
    MemberData d = new MemberData();
    d.setName("王建国");
    d.setSex(Sex.MALE);
    d.setCitizenId("14020219850315103X");
    d.setEthnicity("汉族");
    d.setBirthDate(LocalDate.of(1985, 3, 15));
    d.setEducation(Education.UNIVERSITY);
    d.setCategory(Category.FULL);
    d.setJoinDate(LocalDate.of(2008, 7, 1));
    return new Member(d, organization);
  }
}
