package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.account.SignInService;
import cn.dangjian.application.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The container authenticates (the pages' single sign-on cookie, or HTTP Basic); this answers a
 * request it could not sign in with 401 in JSON and the Basic challenge, and applies the sign-in
 * rules the pages follow: a cookie opens the API only while its sign-in is on record, a wrong Basic
 * password counts toward the account's lockout, and a locked account is refused even with the right
 * one.
 */
@Provider
@PreMatching
public class ApiSignIn implements ContainerRequestFilter {
  private static final String BASIC = "Basic ";

  @EJB SignInService signIns;
  @Context HttpServletRequest servlet;

  @Override
  public void filter(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    var principal = request.getSecurityContext().getUserPrincipal();
    String basicUser = basicUser(authorization);
    if (principal == null) {
      if (basicUser != null) {
        signIns.failed(basicUser, servlet.getRemoteAddr());
      }
      refuse(request, "error.unauthorized");
    } else if (authorization == null) {
      Cookie sso = request.getCookies().get(SignInService.SSO_COOKIE);
      if (sso == null || !signIns.active(principal.getName(), sso.getValue())) {
        refuse(request, "error.unauthorized");
      }
    } else if (signIns.locked(principal.getName(), servlet.getRemoteAddr())) {
      refuse(request, "error.locked");
    }
  }

  private static void refuse(ContainerRequestContext request, String key) {
    Messages m = ApiLanguage.of(request.getAcceptableLanguages());
    request.abortWith(
        Response.fromResponse(
                ApiExceptionMappers.json(Status.UNAUTHORIZED, ApiError.of(key, m.text(key))))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dangjian\"")
            .build());
  }

  /** The account name of a Basic authorization, as sent. */
  private static String basicUser(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      String user = colon < 0 ? pair : pair.substring(0, colon);
      return user.isBlank() ? null : user;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
