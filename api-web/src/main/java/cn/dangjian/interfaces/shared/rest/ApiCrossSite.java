package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.Messages;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a change that another site could have made with the pages' sign-in cookie. A change
 * (POST, PUT, DELETE) whose {@code Origin} is another site is refused; one authenticated by the
 * cookie alone must also be a request a cross-site form cannot send: a body of a type other than a
 * form's (JSON, a file), or the {@code X-Requested-With} header. Browsers send neither across sites
 * without a CORS preflight, which this API never grants. Clients with credentials of their own
 * (HTTP Basic) are not cookie-driven and only meet the origin check.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiCrossSite implements ContainerRequestFilter {
  static final String REQUESTED_WITH = "X-Requested-With";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  /** What an HTML form may send without a preflight (the CORS "simple" types). */
  private static final Set<String> FORM_TYPES =
      Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    if (foreignOrigin(request) || (cookieOnly(request) && formLike(request))) {
      Messages m = ApiLanguage.of(request.getAcceptableLanguages());
      request.abortWith(
          ApiExceptionMappers.json(
              Status.FORBIDDEN, ApiError.of("error.crossSite", m.text("error.crossSite"))));
    }
  }

  private static boolean foreignOrigin(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (origin == null || origin.isBlank()) {
      return false;
    }
    try {
      return !authority(URI.create(origin.strip()))
          .equalsIgnoreCase(authority(request.getUriInfo().getRequestUri()));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** host:port, the port written out also when it is the scheme's default. */
  private static String authority(URI u) {
    int port = u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    return u.getHost() + ":" + port;
  }

  private static boolean cookieOnly(ContainerRequestContext request) {
    return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
  }

  private static boolean formLike(ContainerRequestContext request) {
    if (request.getHeaderString(REQUESTED_WITH) != null) {
      return false;
    }
    MediaType type = request.getMediaType();
    return type == null
        || FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
  }
}
