package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.account.SignInService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A page opened with the single sign-on cookie opens only while that sign-in is on record: not
 * signed out (on any server), not idle longer than allowed. Otherwise the user is signed out here
 * too and sent to the login page.
 */
@WebFilter(filterName = "signInCheck", urlPatterns = "/*")
public class SignInCheck extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @EJB SignInService signIns;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() == null
        || req.getHeader("Authorization") != null
        || req.getRequestURI().contains("/jakarta.faces.resource/")
        || signIns.active(req.getUserPrincipal().getName(), cookie(req))) {
      chain.doFilter(req, res);
      return;
    }
    req.logout();
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    Cookie gone = new Cookie(SignInService.SSO_COOKIE, "");
    gone.setPath("/");
    gone.setMaxAge(0);
    gone.setHttpOnly(true);
    res.addCookie(gone);
    String target = req.getContextPath() + "/";
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      // a Faces request follows a redirect only when it is told in its own words
      res.setContentType("text/xml;charset=UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
    } else {
      res.sendRedirect(target);
    }
  }

  static String cookie(HttpServletRequest req) {
    if (req.getCookies() != null) {
      for (Cookie c : req.getCookies()) {
        if (SignInService.SSO_COOKIE.equals(c.getName())) {
          return c.getValue();
        }
      }
    }
    return "";
  }
}
