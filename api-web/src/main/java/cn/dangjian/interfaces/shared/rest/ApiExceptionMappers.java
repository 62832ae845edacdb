package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.audit.AccessAudit;
import cn.dangjian.application.shared.DatabaseFailures;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.RefusedException;
import cn.dangjian.domain.shared.UnavailableException;
import cn.dangjian.domain.shared.ValidationException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Business failures as JSON: 400 invalid, 403 role, 404 absent or out of scope, 409 conflict, 503
 * with Retry-After when the database is away for a moment.
 */
public final class ApiExceptionMappers {
  private ApiExceptionMappers() {}

  public static Response json(Status status, ApiError body) {
    return json(status.getStatusCode(), body);
  }

  /** Also for 422 (a step the rules refuse), which Jakarta REST 3.1 has no constant for. */
  public static Response json(int status, ApiError body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body)
        .build();
  }

  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
      return domain(e, headers);
    }
  }

  static Response domain(DomainException e, HttpHeaders headers) {
    Messages m = ApiLanguage.of(headers);
    if (e instanceof ValidationException v) {
      return json(
          Status.BAD_REQUEST,
          new ApiError(
              e.key(),
              m.text(e),
              v.violations().stream()
                  .map(x -> new ApiError.FieldError(x.field(), m.text(x)))
                  .toList()));
    }
    if (e instanceof UnavailableException) {
      return Response.fromResponse(
              json(Status.SERVICE_UNAVAILABLE, ApiError.of(e.key(), m.text(e))))
          .header(HttpHeaders.RETRY_AFTER, UnavailableException.RETRY_AFTER_SECONDS)
          .build();
    }
    Status status =
        e instanceof NotFoundException
            ? Status.NOT_FOUND
            : e instanceof ConflictException
                ? Status.CONFLICT
                : e instanceof RefusedException ? Status.FORBIDDEN : Status.BAD_REQUEST;
    return json(status, ApiError.of(e.key(), m.text(e)));
  }

  /** A method the caller's roles do not open: 403, and the attempt is in the audit log. */
  @Provider
  public static class Access implements ExceptionMapper<EJBAccessException> {
    @Context HttpHeaders headers;
    @Context HttpServletRequest request;
    @EJB AccessAudit audit;

    @Override
    public Response toResponse(EJBAccessException e) {
      return forbidden(audit, request, headers);
    }
  }

  static Response forbidden(AccessAudit audit, HttpServletRequest request, HttpHeaders headers) {
    audit.refusedByRole(request.getMethod() + " " + request.getRequestURI());
    return json(
        Status.FORBIDDEN,
        ApiError.of("error.forbidden", ApiLanguage.of(headers).text("error.forbidden")));
  }

  /** A body or parameter the client got wrong: 400 naming the field, whatever wrapped it. */
  static Optional<Response> badInput(Throwable e, HttpHeaders headers, HttpServletRequest request) {
    return BadInput.of(e, (byte[]) request.getAttribute(ApiBodies.BODY))
        .map(
            v -> {
              Messages m = ApiLanguage.of(headers);
              return json(
                  Status.BAD_REQUEST,
                  new ApiError(
                      "error.validation",
                      m.text("error.validation"),
                      List.of(new ApiError.FieldError(v.field(), m.text(v)))));
            });
  }

  /** Unknown paths, wrong methods and the like keep their status but get the same body. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;
    @Context HttpServletRequest request;
    @EJB AccessAudit audit;

    @Override
    public Response toResponse(WebApplicationException e) {
      ApiBodyLimits.TooLarge tooLarge = ApiBodyLimits.among(e);
      if (tooLarge != null) {
        return ApiBodyLimits.answer(tooLarge, ApiLanguage.of(headers));
      }
      return badInput(e, headers, request)
          .orElseGet(
              () -> {
                int status = e.getResponse().getStatus();
                if (status == 403) {
                  // refused by @RolesAllowed on the resource, before the body was read
                  return forbidden(audit, request, headers);
                }
                String key =
                    status == 404
                        ? "error.page.notFound"
                        : status == 403 ? "error.forbidden" : "error.request";
                return json(status, ApiError.of(key, ApiLanguage.of(headers).text(key)));
              });
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    @Context HttpHeaders headers;
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(RuntimeException e) {
      ApiBodyLimits.TooLarge tooLarge = ApiBodyLimits.among(e);
      if (tooLarge != null) {
        return ApiBodyLimits.answer(tooLarge, ApiLanguage.of(headers));
      }
      Optional<DomainException> database = DatabaseFailures.of(e);
      if (database.isPresent()) {
        return domain(database.get(), headers);
      }
      return badInput(e, headers, request)
          .orElseGet(
              () -> {
                LOG.log(Level.SEVERE, "Unexpected API failure", e);
                return json(
                    Status.INTERNAL_SERVER_ERROR,
                    ApiError.of(
                        "error.unexpected", ApiLanguage.of(headers).text("error.unexpected")));
              });
    }
  }
}
