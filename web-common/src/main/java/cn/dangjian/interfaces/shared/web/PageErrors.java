package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.shared.DatabaseFailures;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.UnavailableException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails answers like any other error of the site: something absent or outside the
 * user's scope is 404 (so is an address whose parameters name nothing), a role's refusal 403, an
 * expired view the expiry page, anything else 500 with an incident number the log has beside the
 * stack trace. Faces finishes without rendering; the filter then sends the status and the
 * container's error pages (web-fragment.xml) answer. No answer carries an exception.
 */
public class PageErrors extends ExceptionHandlerWrapper {
  /** The request attribute the 500 page shows, so a user can quote it to IT ops. */
  public static final String INCIDENT = "dangjian.incident";

  private static final String STATUS = "dangjian.pageStatus";
  private static final String EXPIRED_PAGE = "/dangjian/expired.xhtml";
  private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

  public PageErrors(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext fc = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (fc != null && events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      try {
        answer(fc, rootOf(failure), failure);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // One answer per request: the rest failed for the same reason or after it.
      events.remove();
      while (events.hasNext()) {
        events.next();
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static void answer(FacesContext fc, Throwable root, Throwable failure)
      throws IOException {
    ExternalContext ec = fc.getExternalContext();
    if (root instanceof ViewExpiredException) {
      ec.redirect(ec.getRequestContextPath() + EXPIRED_PAGE);
    } else if (fc.getPartialViewContext().isAjaxRequest()) {
      // An Ajax answer cannot be an error page: the browser is sent to one.
      ec.redirect(
          ec.getRequestContextPath() + "/dangjian/error.xhtml?incident=" + logged(ec, failure));
    } else {
      int status = statusFor(root);
      if (status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        logged(ec, failure);
      }
      fail(fc, status);
    }
  }

  private static void fail(FacesContext fc, int status) {
    ExternalContext ec = fc.getExternalContext();
    if (!ec.isResponseCommitted()) {
      ec.responseReset();
      SecurityHeaders.protect((HttpServletResponse) ec.getResponse(), true);
    }
    ec.getRequestMap().put(STATUS, status);
    fc.responseComplete();
  }

  /** Logs the failure under a new incident number, which the error page shows; returns it. */
  private static String logged(ExternalContext ec, Throwable failure) {
    String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ec.getRequestMap().put(INCIDENT, incident);
    LOG.log(Level.SEVERE, "Page failure, incident " + incident, failure);
    return incident;
  }

  /**
   * Absent or out of scope: 404; refused by role: 403; the database away for a moment: 503;
   * anything else is the site's failure.
   */
  static int statusFor(Throwable root) {
    if (root instanceof NotFoundException) {
      return HttpServletResponse.SC_NOT_FOUND;
    }
    if (DatabaseFailures.of(root).orElse(null) instanceof UnavailableException) {
      return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    if (root instanceof EJBAccessException) {
      return HttpServletResponse.SC_FORBIDDEN;
    }
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }

  /** The exception under the layers Faces, EL and the EJB container wrap around it. */
  static Throwable rootOf(Throwable t) {
    while ((t instanceof FacesException || t instanceof ELException || t instanceof EJBException)
        && !(t instanceof ViewExpiredException)
        && !(t instanceof EJBAccessException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageErrors(getWrapped().getExceptionHandler());
    }
  }

  /**
   * An address whose view parameters do not convert ({@code ?id=abc}) names nothing: 404, not an
   * empty page. Registered in faces-config.xml.
   */
  public static class UnknownAddress implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
      FacesContext fc = event.getFacesContext();
      if (!fc.isPostback() && fc.isValidationFailed()) {
        fail(fc, HttpServletResponse.SC_NOT_FOUND);
      }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
      // Only what the validations left matters.
    }

    @Override
    public PhaseId getPhaseId() {
      return PhaseId.PROCESS_VALIDATIONS;
    }
  }

  /**
   * Sends the status a page decided on once Faces is done with the request: every request, since a
   * module's address ("/education/") reaches its welcome page without a ".xhtml" of its own.
   */
  @WebFilter(
      filterName = "pageErrors",
      urlPatterns = "/*",
      dispatcherTypes = DispatcherType.REQUEST)
  public static class Sender extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws IOException, ServletException {
      chain.doFilter(req, res);
      if (req.getAttribute(STATUS) instanceof Integer status && !res.isCommitted()) {
        res.sendError(status);
      }
    }
  }
}
