package cn.dangjian.interfaces.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Every answer says in which language its texts are: the one {@link ApiLanguage} chose. */
@Provider
public class ApiContentLanguage implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Locale l = ApiLanguage.locale(request.getAcceptableLanguages());
    response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, l.toLanguageTag());
  }
}
