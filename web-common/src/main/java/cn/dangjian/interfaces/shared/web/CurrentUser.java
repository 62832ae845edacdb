package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.account.SignInService;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.shared.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The logged-in realm user as the pages see them: name, roles for the menus, logout. */
@Named
@RequestScoped
public class CurrentUser {
  @EJB SignInService signIns;
  @EJB OrganizationService organizations;

  private String displayName;

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  public String getName() {
    var p = external().getUserPrincipal();
    return p == null ? null : p.getName();
  }

  /** The name people know the user by: their member record's, else the account. */
  public String getDisplayName() {
    if (displayName == null && isLoggedIn()) {
      displayName = organizations.whoAmI().name();
    }
    return displayName;
  }

  /** The address the user reached the pages by: the links they print or show point back to it. */
  public String getSite() {
    ExternalContext ec = external();
    return ec.getRequestScheme()
        + "://"
        + ec.getRequestServerName()
        + ":"
        + ec.getRequestServerPort();
  }

  public boolean isLoggedIn() {
    return getName() != null;
  }

  public boolean isGroupAdmin() {
    return external().isUserInRole(Roles.GROUP_ADMIN);
  }

  public boolean isAuditor() {
    return external().isUserInRole(Roles.AUDITOR);
  }

  /** Those who keep member records: group admin, committee admins, branch secretaries. */
  public boolean isRecordKeeper() {
    ExternalContext ec = external();
    return ec.isUserInRole(Roles.GROUP_ADMIN)
        || ec.isUserInRole(Roles.COMMITTEE_ADMIN)
        || ec.isUserInRole(Roles.BRANCH_SECRETARY);
  }

  public boolean isBranchSecretary() {
    return external().isUserInRole(Roles.BRANCH_SECRETARY);
  }

  public boolean isMember() {
    return external().isUserInRole(Roles.MEMBER);
  }

  /** Those above the branches: they found, rename, move and dissolve organizations. */
  public boolean isRestructurer() {
    return isCommitteeLevel();
  }

  /**
   * The group admin and committee admins: the level above a branch, which approves its requests.
   */
  public boolean isCommitteeLevel() {
    ExternalContext ec = external();
    return ec.isUserInRole(Roles.GROUP_ADMIN) || ec.isUserInRole(Roles.COMMITTEE_ADMIN);
  }

  public boolean isAuditReader() {
    return isGroupAdmin() || isAuditor();
  }

  /** The role shown beside the name, most powerful first. */
  public String getRoleKey() {
    ExternalContext ec = external();
    for (String r :
        new String[] {
          Roles.GROUP_ADMIN,
          Roles.COMMITTEE_ADMIN,
          Roles.BRANCH_SECRETARY,
          Roles.AUDITOR,
          Roles.MEMBER
        }) {
      if (ec.isUserInRole(r)) {
        return "role." + r;
      }
    }
    return "role.none";
  }

  /** Ends the session and the single sign-on cookie, for all three modules at once. */
  public void logout() throws ServletException, IOException {
    ExternalContext ec = external();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    signIns.signedOut(SignInCheck.cookie(request));
    request.logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/");
  }
}
