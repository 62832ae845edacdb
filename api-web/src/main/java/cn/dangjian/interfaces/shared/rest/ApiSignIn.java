package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.Messages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * A request the container could not sign in (no LTPA cookie, no or wrong Basic credentials) gets
 * 401 in JSON with the Basic challenge. The container did the authenticating; this only answers.
 */
@Provider
@PreMatching
public class ApiSignIn implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    Messages m = ApiLanguage.of(request.getAcceptableLanguages());
    request.abortWith(
        Response.fromResponse(
                ApiExceptionMappers.json(
                    Status.UNAUTHORIZED,
                    ApiError.of("error.unauthorized", m.text("error.unauthorized"))))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dangjian\"")
            .build());
  }
}
