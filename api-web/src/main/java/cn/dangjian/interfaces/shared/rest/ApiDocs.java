package cn.dangjian.interfaces.shared.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The API's OpenAPI document (made at build time from the resources' annotations) and a page to
 * browse it, both for signed-in users only (web.xml): the document maps every route of a system
 * holding personal data. The runtime's own /openapi endpoint is not installed, since it cannot be
 * put behind the sign-in.
 */
@WebServlet({"/openapi", "/openapi/ui"})
public class ApiDocs extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String UI_VERSION = uiVersion();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (req.getServletPath().endsWith("/ui")) {
      ui(req, res);
      return;
    }
    String format = req.getParameter("format");
    String accept = req.getHeader("Accept");
    boolean json =
        "JSON".equalsIgnoreCase(format)
            || (format == null && accept != null && accept.contains("application/json"));
    res.setContentType(json ? "application/json" : "application/yaml");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    try (InputStream doc =
        ApiDocs.class.getResourceAsStream(json ? "openapi.json" : "openapi.yaml")) {
      doc.transferTo(res.getOutputStream());
    }
  }

  private static void ui(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String assets = req.getContextPath() + "/webjars/swagger-ui/" + UI_VERSION + "/";
    res.setContentType("text/html");
    res.setCharacterEncoding("UTF-8");
    res.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'");
    res.getOutputStream()
        .write(
            ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                    + "<title>Dangjian API</title>"
                    + "<link rel=\"stylesheet\" href=\""
                    + assets
                    + "swagger-ui.css\"></head><body><div id=\"swagger-ui\"></div>"
                    + "<script src=\""
                    + assets
                    + "swagger-ui-bundle.js\"></script>"
                    + "<script src=\""
                    + req.getContextPath()
                    + "/openapi/ui/init.js\"></script></body></html>")
                .getBytes(StandardCharsets.UTF_8));
  }

  private static String uiVersion() {
    Properties p = new Properties();
    try (InputStream in =
        ApiDocs.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }
}
