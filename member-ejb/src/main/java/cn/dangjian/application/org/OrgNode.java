package cn.dangjian.application.org;

import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.org.Organization;
import java.io.Serializable;
import java.time.LocalDate;

/** An organization as the tree shows it, with the members enrolled in it directly. */
public record OrgNode(
    Long id,
    Long parentId,
    int version,
    String code,
    String name,
    OrgKind kind,
    int depth,
    LocalDate foundedOn,
    long memberCount)
    implements Serializable {

  public static OrgNode of(Organization o, long memberCount) {
    return new OrgNode(
        o.getId(),
        o.getParent() == null ? null : o.getParent().getId(),
        o.getVersion(),
        o.getCode(),
        o.getName(),
        o.getKind(),
        o.getDepth(),
        o.getFoundedOn(),
        memberCount);
  }

  /** How pickers show it: the name, with the code that tells same-named branches apart. */
  public String label() {
    return name + " (" + code + ")";
  }
}
