package cn.dangjian.interfaces.messaging.rest;

import cn.dangjian.application.messaging.DeliveryReport;
import cn.dangjian.application.messaging.Inbox;
import cn.dangjian.application.messaging.MessageData;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.MessageView;
import cn.dangjian.application.messaging.PreferenceData;
import cn.dangjian.application.messaging.Preferences;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.ImportResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 一句话直通学习: daily messages for the members of a subtree, written by the group's organization
 * department and the company committees (GET: the calendar of what goes out when), and each
 * member's inbox.
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {
  @EJB MessageService messages;
  @Inject Clock clock;

  /** The messages going out from {@code from} to {@code to} (default: a week back, a month on). */
  @GET
  public List<MessageView> calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate today = LocalDate.now(clock);
    return messages.calendar(
        from == null ? today.minusDays(7) : ApiInput.date("from", from),
        to == null ? today.plusDays(30) : ApiInput.date("to", to));
  }

  /**
   * Schedules the messages of an .xlsx file (the request body: 发送时间, 类别, 内容, 对象) for the
   * organization: all of them (200), or none and each problem with its row and column (400).
   */
  @POST
  @Path("import")
  @BodyLimit(MessageService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importXlsx(
      @QueryParam("organizationId") Long organizationId,
      @HeaderParam("X-File-Name") String fileName,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    if (organizationId == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "study.organization.required")));
    }
    return ImportResult.of(messages.importXlsx(organizationId, body, fileName), headers);
  }

  @POST
  public Response write(MessageData data) {
    MessageView m = messages.write(ApiInput.body(data));
    return Response.created(
            UriBuilder.fromResource(MessageResource.class).path("{id}").build(m.id()))
        .entity(m)
        .tag(ApiInput.etag(m.version()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") Long id) {
    MessageView m = messages.message(id);
    return Response.ok(m).tag(ApiInput.etag(m.version())).build();
  }

  /** Withdraws a message before its time; If-Match carries its version. */
  @POST
  @Path("{id}/withdraw")
  public Response withdraw(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    MessageView m = messages.withdraw(id, ApiInput.fromIfMatch(ifMatch));
    return Response.ok(m).tag(ApiInput.etag(m.version())).build();
  }

  /** The caller's inbox, newest first, of one category or all. */
  @GET
  @Path("inbox")
  public Inbox inbox(
      @QueryParam("category") MessageCategory category,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("20") int max) {
    return messages.inbox(category, first, max);
  }

  /**
   * Sends the messages whose time has come and the outbox's due deliveries now, as the timer does
   * every minute.
   */
  @POST
  @Path("send-due")
  public MessageService.DueRun sendDue() {
    return messages.sendDue();
  }

  /** How the message went out: per channel, and the failed and uncertain ones with the reason. */
  @GET
  @Path("{id}/deliveries")
  public DeliveryReport deliveries(@PathParam("id") Long id, @Context HttpHeaders headers) {
    return messages.report(id, ApiLanguage.locale(headers.getAcceptableLanguages()));
  }

  /** Sends the failed and uncertain deliveries again, on purpose. */
  @POST
  @Path("{id}/resend")
  public DeliveryReport resend(@PathParam("id") Long id, @Context HttpHeaders headers) {
    return messages.resend(id, ApiLanguage.locale(headers.getAcceptableLanguages()));
  }

  /** The caller's channels besides the inbox (those this server offers) and quiet hours. */
  @GET
  @Path("preferences")
  public Preferences preferences() {
    return messages.preferences();
  }

  @PUT
  @Path("preferences")
  public Preferences choose(PreferenceData data) {
    return messages.choose(ApiInput.body(data));
  }
}
