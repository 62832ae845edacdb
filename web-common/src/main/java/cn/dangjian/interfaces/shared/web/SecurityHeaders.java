package cn.dangjian.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every page and download carries: no framing by other sites, no content sniffing, no
 * referrer to other sites, a content security policy that runs scripts from this server only, and
 * no caching of anything but the static resources, so that after logout the Back button shows no
 * member's data. A Faces page gets its policy from PrimeFaces (primefaces.CSP, see
 * web-fragment.xml): the same one with the page's nonce added to script-src, which its own scripts
 * carry; no inline handler and no eval runs. Two policies would both be enforced, so the filter
 * leaves the policy of Faces pages to PrimeFaces.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
          + "font-src 'self' data:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
          + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String uri = req.getRequestURI();
    boolean facesPage =
        (uri.endsWith(".xhtml") || uri.endsWith("/")) && !uri.contains("/jakarta.faces.resource/");
    if (!facesPage) {
      res.setHeader("Content-Security-Policy", POLICY);
    }
    protect(res, !uri.contains("/jakarta.faces.resource/"));
    chain.doFilter(req, res);
  }

  /**
   * The headers besides the policy; a page that fails resets its answer and calls this again before
   * the error page is rendered.
   */
  public static void protect(HttpServletResponse res, boolean noStore) {
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (noStore) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Pragma", "no-cache");
    }
  }

  /** The policy for PrimeFaces to complete with its nonce (its last directive is script-src). */
  @Named("contentSecurityPolicy")
  @ApplicationScoped
  public static class Policy {
    public String getValue() {
      return POLICY;
    }
  }
}
