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
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Around the container's form login: a locked account is refused before its password is tried; then
 * the outcome is told to the sign-in service (the new sign-in, or one more failure). The session of
 * the login page is dropped first, so that a sign-in starts a session of its own.
 */
@WebFilter(filterName = "signInGuard", urlPatterns = "/j_security_check")
public class SignInGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @EJB SignInService signIns;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String typed = req.getParameter("j_username");
    String user = typed == null || typed.isBlank() ? null : typed;
    String client = req.getRemoteAddr();
    if (user != null && signIns.locked(user, client)) {
      res.sendRedirect(req.getContextPath() + "/login-error.xhtml?locked=true");
      return;
    }
    HttpSession before = req.getSession(false);
    if (before != null) {
      before.invalidate();
    }
    // The container answers with a redirect; it is held until the outcome is recorded, or the
    // browser's next request could arrive before the sign-in is on record.
    HeldRedirect held = new HeldRedirect(res);
    chain.doFilter(req, held);
    if (user != null) {
      if (req.getUserPrincipal() != null) {
        if (held.cookie != null) {
          signIns.signedIn(req.getUserPrincipal().getName(), held.cookie, client);
        }
      } else {
        signIns.failed(user, client);
      }
    }
    held.release();
  }

  /** Keeps the container's redirect until {@link #release()}, and notes the cookie it issues. */
  private static final class HeldRedirect extends HttpServletResponseWrapper {
    private String location;
    private String cookie;

    HeldRedirect(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(Cookie c) {
      if (SignInService.SSO_COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
        cookie = c.getValue();
      }
      super.addCookie(c);
    }

    @Override
    public void sendRedirect(String location) {
      this.location = location;
    }

    void release() throws IOException {
      if (location != null) {
        super.sendRedirect(location);
      }
    }
  }
}
