package cn.dangjian.interfaces.shared.web;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.domain.document.Document;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Scans from a page's file input, and stored scans sent back as downloads under their own names.
 */
public final class Scans {
  private Scans() {}

  /**
   * The uploaded bytes, read one byte past the limit so that the domain can say the file is too
   * large.
   */
  public static byte[] read(Part p) {
    if (p == null) {
      return null;
    }
    try (InputStream in = p.getInputStream()) {
      return in.readNBytes(Document.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** False when the form's file input was left empty. */
  public static boolean chosen(Part p) {
    return p != null
        && (p.getSize() > 0
            || p.getSubmittedFileName() != null && !p.getSubmittedFileName().isEmpty());
  }

  public static String name(Part p) {
    return p == null ? null : p.getSubmittedFileName();
  }

  public static void send(DocumentFile f) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType(f.contentType());
    ec.setResponseContentLength(f.content().length);
    ec.setResponseHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    ec.getResponseOutputStream().write(f.content());
    fc.responseComplete();
  }
}
