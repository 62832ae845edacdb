package cn.dangjian.interfaces.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A request that names no language gets Chinese, not the server JVM's default locale; a browser
 * asking for English still gets English.
 */
public class ChineseFirstViewHandler extends ViewHandlerWrapper {

  public ChineseFirstViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
      return context.getApplication().getDefaultLocale();
    }
    return super.calculateLocale(context);
  }
}
