package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.application.document.MediaDownload;
import cn.dangjian.application.shared.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored video sent as a browser plays it: whole, or the byte range it asks for (206), so that a
 * phone can seek and resume without loading the rest.
 */
public final class Playback {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private Playback() {}

  public static Response of(MediaDownload v, String range, Messages text) {
    long size = v.size();
    long from = 0;
    long to = size - 1;
    boolean partial = false;
    if (range != null && !range.isBlank()) {
      Matcher m = RANGE.matcher(range.strip());
      if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
        return unsatisfiable(size, text);
      }
      if (m.group(1).isEmpty()) {
        from = Math.max(0, size - Long.parseLong(m.group(2)));
      } else {
        from = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty()) {
          to = Math.min(to, Long.parseLong(m.group(2)));
        }
      }
      if (from > to || from >= size) {
        return unsatisfiable(size, text);
      }
      partial = true;
    }
    long start = from;
    long length = to - from + 1;
    StreamingOutput body =
        out -> {
          try (InputStream in = Files.newInputStream(v.file())) {
            in.skipNBytes(start);
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
              int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
              if (n < 0) {
                break;
              }
              out.write(buffer, 0, n);
              left -= n;
            }
          }
        };
    Response.ResponseBuilder r =
        Response.status(partial ? Response.Status.PARTIAL_CONTENT : Response.Status.OK)
            .entity(body)
            .type(v.contentType())
            .header("Accept-Ranges", "bytes")
            .header("Content-Length", length);
    if (partial) {
      r.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
    }
    return r.build();
  }

  /** 416 naming the size, with an error in the caller's language like every refusal. */
  private static Response unsatisfiable(long size, Messages m) {
    return Response.fromResponse(
            ApiExceptionMappers.json(
                Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE.getStatusCode(),
                ApiError.of("error.range", m.text("error.range", size))))
        .header("Content-Range", "bytes */" + size)
        .build();
  }
}
