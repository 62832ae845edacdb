package cn.dangjian.domain.recruitment;

import java.io.Serializable;

/**
 * Board filters: standing, status, one organization with everything under it, and part of the
 * applicant's name. The caller's scope always applies on top; {@code null} filters nothing.
 */
public record CaseQuery(Standing standing, CaseStatus status, Long subtreeOrgId, String name)
    implements Serializable {

  public static CaseQuery all() {
    return new CaseQuery(null, null, null, null);
  }
}
