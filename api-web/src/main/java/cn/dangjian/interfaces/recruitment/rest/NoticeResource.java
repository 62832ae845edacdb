package cn.dangjian.interfaces.recruitment.rest;

import cn.dangjian.application.recruitment.NoticeService;
import cn.dangjian.application.recruitment.NoticeView;
import cn.dangjian.application.recruitment.ScanResult;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The in-app notices the daily due scan raises for the caller's branch or committee. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

  @EJB NoticeService notices;
  @Context HttpHeaders headers;

  /** A notice with its sentence and citation in the caller's language. */
  public record NoticeText(NoticeView notice, String kind, String text, String citation) {}

  public record ReadRequest(List<Long> ids) {}

  @GET
  public List<NoticeText> list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly) {
    Messages m = ApiLanguage.of(headers);
    return notices.notices(unreadOnly).stream()
        .map(
            n ->
                new NoticeText(
                    n,
                    m.text("enum.DueNoticeKind." + n.kind().name()),
                    m.text(n.messageKey()),
                    m.text("citation." + n.citation().edition().name(), n.citation().article())))
        .toList();
  }

  @GET
  @Path("unread-count")
  public long unreadCount() {
    return notices.unreadCount();
  }

  @POST
  @Path("read")
  public Response read(ReadRequest request) {
    notices.markRead(ApiInput.body(request).ids() == null ? List.of() : request.ids());
    return Response.noContent().build();
  }

  @POST
  @Path("scan")
  public ScanResult scan() {
    return notices.scan();
  }
}
