package cn.dangjian.interfaces.shared.rest;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * API clients prove who they are with the pages' LTPA cookie or with HTTP Basic against the same
 * realm; anything else gets 401 in JSON instead of the login page.
 */
@Provider
@PreMatching
public class ApiAuthentication implements ContainerRequestFilter {
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext ctx) {
    if (request.getUserPrincipal() != null) {
      return;
    }
    String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = "";
      }
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        try {
          request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
          return;
        } catch (ServletException e) {
          // A wrong user or password is answered below, like a missing one.
        }
      }
    }
    ctx.abortWith(Response.fromResponse(ApiExceptionMappers.json(Status.UNAUTHORIZED,
            ApiError.of("error.unauthorized", ApiLanguage.of(headers).text("error.unauthorized"))))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dangjian\"")
        .build());
  }
}
