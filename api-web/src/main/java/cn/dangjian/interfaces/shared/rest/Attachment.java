package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.document.DocumentFile;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored scan sent back as a download under its own file name. */
public final class Attachment {
  private Attachment() {}

  public static Response of(DocumentFile f) {
    return Response.ok(f.content(), f.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
