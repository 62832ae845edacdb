package cn.dangjian.application.org;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An organization as the tree shows it: the members enrolled in it directly ({@code memberCount})
 * and in its whole subtree ({@code subtreeMemberCount}, what a committee means by "its members").
 */
public record OrgNode(
    Long id,
    Long parentId,
    int version,
    String code,
    String name,
    String displayName,
    OrgKind kind,
    int depth,
    LocalDate foundedOn,
    long memberCount,
    long subtreeMemberCount,
    boolean office)
    implements Serializable {

  /** A node for a picker, where no one reads the counts. */
  public static OrgNode of(Organization o) {
    return of(o, 0, 0);
  }

  public static OrgNode of(Organization o, long memberCount, long subtreeMemberCount) {
    return new OrgNode(
        o.getId(),
        o.getParent() == null ? null : o.getParent().getId(),
        o.getVersion(),
        o.getCode(),
        o.getName(),
        o.getDisplayName(),
        o.getKind(),
        o.getDepth(),
        o.getFoundedOn(),
        memberCount,
        subtreeMemberCount,
        o.isOffice());
  }

  /** How pickers show it: the name with its parent's, and the code. */
  public String label() {
    return displayName + " (" + code + ")";
  }
}
