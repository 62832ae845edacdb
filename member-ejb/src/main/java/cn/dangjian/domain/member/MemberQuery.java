package cn.dangjian.domain.member;

import java.io.Serializable;

/**
 * Roster filters. {@code subtreeOrgId} narrows to one organization and everything under it; the
 * caller's scope always applies on top.
 */
public record MemberQuery(
    String name,
    Long subtreeOrgId,
    Category category,
    Employment employment,
    Boolean frontline,
    Boolean mobile,
    Boolean lostContact,
    Sex sex,
    SortField sort,
    boolean descending)
    implements Serializable {

  public enum SortField {
    NAME,
    BIRTH_DATE,
    JOIN_DATE,
    ORGANIZATION
  }

  public static MemberQuery all() {
    return new MemberQuery(null, null, null, null, null, null, null, null, SortField.NAME, false);
  }

  public MemberQuery inSubtree(Long orgId) {
    return new MemberQuery(
        name, orgId, category, employment, frontline, mobile, lostContact, sex, sort, descending);
  }

  public MemberQuery withName(String n) {
    return new MemberQuery(
        n,
        subtreeOrgId,
        category,
        employment,
        frontline,
        mobile,
        lostContact,
        sex,
        sort,
        descending);
  }

  public MemberQuery withCategory(Category c) {
    return new MemberQuery(
        name, subtreeOrgId, c, employment, frontline, mobile, lostContact, sex, sort, descending);
  }

  public MemberQuery withEmployment(Employment e) {
    return new MemberQuery(
        name, subtreeOrgId, category, e, frontline, mobile, lostContact, sex, sort, descending);
  }

  public MemberQuery withSubtree(Long orgId) {
    return new MemberQuery(
        name, orgId, category, employment, frontline, mobile, lostContact, sex, sort, descending);
  }

  public MemberQuery sortedBy(SortField field, boolean desc) {
    return new MemberQuery(
        name,
        subtreeOrgId,
        category,
        employment,
        frontline,
        mobile,
        lostContact,
        sex,
        field == null ? SortField.NAME : field,
        desc);
  }
}
