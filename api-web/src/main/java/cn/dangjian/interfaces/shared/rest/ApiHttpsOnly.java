package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.HttpsOnly;
import cn.dangjian.application.shared.Messages;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * With HTTPS only on, the API refuses plain HTTP outright (403 in the caller's language): a client
 * is told to fix its address, not redirected, since its credentials already crossed in clear.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class ApiHttpsOnly implements ContainerRequestFilter {
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpsOnly.on() && !servletRequest.isSecure()) {
      Messages m = ApiLanguage.of(request.getAcceptableLanguages());
      request.abortWith(
          ApiExceptionMappers.json(
              Status.FORBIDDEN, ApiError.of("error.httpsRequired", m.text("error.httpsRequired"))));
    }
  }
}
