package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.shared.Messages;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every body before it is read: a declared length over the method's limit is refused at once
 * with 413, and a body without one is read through a counter that stops at the limit. The caller's
 * role has been checked by then (JAX-RS checks {@code @RolesAllowed} first).
 */
@Provider
public class ApiBodyLimits implements DynamicFeature {
  /**
   * A JSON document: the largest the API takes is a member record, a few kilobytes. Limits are
   * whole megabytes, as the answer names them.
   */
  public static final long DEFAULT = 1024 * 1024;

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    BodyLimit limit = resource.getResourceMethod().getAnnotation(BodyLimit.class);
    context.register(new Limit(limit == null ? DEFAULT : limit.value()), Priorities.USER + 100);
  }

  /** The body was larger than the method takes. */
  public static class TooLarge extends WebApplicationException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
      this.limit = limit;
    }
  }

  /** 413 in the caller's language, naming the limit. */
  @Provider
  public static class TooLargeMapper implements ExceptionMapper<TooLarge> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(TooLarge e) {
      return answer(e, ApiLanguage.of(headers));
    }
  }

  static Response answer(TooLarge e, Messages m) {
    return ApiExceptionMappers.json(
        Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(),
        ApiError.of("error.tooLarge", m.text("error.tooLarge", e.limit / 1024 / 1024)));
  }

  /** The too-large body somewhere among the causes of {@code e}, e.g. read inside a service. */
  static TooLarge among(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge tl) {
        return tl;
      }
    }
    return null;
  }

  static final class Limit implements ContainerRequestFilter {
    private final long max;

    Limit(long max) {
      this.max = max;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getLength() > max) {
        request.abortWith(
            answer(new TooLarge(max), ApiLanguage.of(request.getAcceptableLanguages())));
        return;
      }
      if (request.hasEntity()) {
        request.setEntityStream(new Capped(request.getEntityStream(), max));
      }
    }
  }

  /** Counts what is read and stops one byte past the limit. */
  static final class Capped extends FilterInputStream {
    private final long max;
    private long read;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > max) {
        throw new TooLarge(max);
      }
    }
  }
}
