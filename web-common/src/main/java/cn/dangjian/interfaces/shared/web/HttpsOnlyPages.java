package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.shared.HttpsOnly;
import cn.dangjian.application.shared.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * With HTTPS only on, a page asked for over plain HTTP is sent to the same address over HTTPS; a
 * form sent over plain HTTP (the login included) is refused, not redirected, since its content
 * already crossed the network in clear. Over HTTPS every answer tells the browser to stay there.
 */
@WebFilter(filterName = "httpsOnlyPages", urlPatterns = "/*")
public class HttpsOnlyPages extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!HttpsOnly.on()) {
      chain.doFilter(req, res);
    } else if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HttpsOnly.STRICT_TRANSPORT_SECURITY);
      chain.doFilter(req, res);
    } else if ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) {
      String query = req.getQueryString();
      res.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      res.setHeader(
          "Location",
          secure(req.getServerName()) + req.getRequestURI() + (query == null ? "" : "?" + query));
    } else {
      res.setStatus(HttpServletResponse.SC_FORBIDDEN);
      res.setContentType("text/plain");
      res.setCharacterEncoding("UTF-8");
      res.getOutputStream()
          .write(
              Messages.in(req.getLocale())
                  .text("error.httpsRequired")
                  .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String secure(String host) {
    int port = HttpsOnly.port();
    return "https://" + host + (port == 443 ? "" : ":" + port);
  }
}
