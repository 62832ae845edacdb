package cn.dangjian.interfaces.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Keeps a JSON body beside the request while it is bound, so that a value the binding refuses can
 * be traced back to the field that held it (JSON-B names the enum, not the property).
 */
@Provider
public class ApiBodies implements ReaderInterceptor {
  static final String BODY = ApiBodies.class.getName() + ".body";

  @Context HttpServletRequest request;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      byte[] body = context.getInputStream().readAllBytes();
      request.setAttribute(BODY, body);
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }
}
