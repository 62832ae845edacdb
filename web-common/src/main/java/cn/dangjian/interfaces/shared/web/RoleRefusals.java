package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.audit.AccessAudit;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page the signed-in user's roles do not open (the container's 403, shown by the forbidden page)
 * is written to the audit log with the page asked for, like a record refused by scope.
 */
@WebFilter(
    filterName = "roleRefusals",
    urlPatterns = "/dangjian/forbidden.xhtml",
    dispatcherTypes = DispatcherType.ERROR)
public class RoleRefusals extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @EJB AccessAudit audit;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null) {
      Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      audit.refusedByRole(req.getMethod() + " " + (uri == null ? req.getRequestURI() : uri));
    }
    chain.doFilter(req, res);
  }
}
