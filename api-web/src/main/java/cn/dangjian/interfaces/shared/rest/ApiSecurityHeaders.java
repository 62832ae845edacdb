package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.HttpsOnly;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The headers every API answer carries: answers hold personal data, so nothing is cached, sniffed,
 * framed or run as a page.
 */
@Provider
public class ApiSecurityHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> h = response.getHeaders();
    h.putSingle("Cache-Control", "no-store");
    h.putSingle("X-Content-Type-Options", "nosniff");
    h.putSingle("X-Frame-Options", "DENY");
    h.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    h.putSingle("Referrer-Policy", "same-origin");
    if (HttpsOnly.on() && request.getSecurityContext().isSecure()) {
      h.putSingle("Strict-Transport-Security", HttpsOnly.STRICT_TRANSPORT_SECURITY);
    }
  }
}
