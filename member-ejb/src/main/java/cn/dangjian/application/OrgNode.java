package cn.dangjian.application;

import cn.dangjian.domain.org.OrgKind;
import java.io.Serializable;
import java.time.LocalDate;

/** An organization as the tree shows it, with the members enrolled in it directly. */
public record OrgNode(Long id, Long parentId, int version, String code, String name, OrgKind kind,
    int depth, LocalDate foundedOn, long memberCount) implements Serializable {

  /** How pickers show it: the name, with the code that tells same-named branches apart. */
  public String label() {
    return name + " (" + code + ")";
  }
}
