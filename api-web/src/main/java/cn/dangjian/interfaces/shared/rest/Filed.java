package cn.dangjian.interfaces.shared.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The answer to an upload: the id of the document filed. */
public record Filed(Long id) {

  /** 201 with the document's address and its id. */
  public static Response at(URI location, Long id) {
    return Response.created(location).entity(new Filed(id)).build();
  }
}
