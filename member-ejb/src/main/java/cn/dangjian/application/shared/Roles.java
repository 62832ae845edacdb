package cn.dangjian.application.shared;

/** The application's roles; groups of the realm are mapped to them in the EAR's application-bnd. */
public final class Roles {
  public static final String GROUP_ADMIN = "group-admin";
  public static final String COMMITTEE_ADMIN = "committee-admin";
  public static final String BRANCH_SECRETARY = "branch-secretary";
  public static final String MEMBER = "member";
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
