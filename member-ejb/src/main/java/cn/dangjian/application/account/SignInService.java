package cn.dangjian.application.account;

import jakarta.ejb.Local;

/**
 * Sign-ins and account lockout, kept in the database so that every server knows them: the login
 * filter asks before the container checks a password and tells it the result; every page and API
 * request signed in by cookie asks whether its sign-in is still on. Each step is audited.
 */
@Local
public interface SignInService {
  /** The single sign-on cookie (server.xml, webAppSecurity ssoCookieName). */
  String SSO_COOKIE = "DangjianSSO";

  /** True, and the attempt audited, while {@code user} is locked out. */
  boolean locked(String user, String client);

  /** The container accepted the password and issued {@code ssoCookie}. */
  void signedIn(String user, String ssoCookie, String client);

  /** The container refused the password; the failure that reaches the limit locks the account. */
  void failed(String user, String client);

  /**
   * Whether the sign-in of {@code ssoCookie} is {@code user}'s and still on (not ended, not idle).
   */
  boolean active(String user, String ssoCookie);

  /** Ends the sign-in of {@code ssoCookie} (logout). */
  void signedOut(String ssoCookie);
}
