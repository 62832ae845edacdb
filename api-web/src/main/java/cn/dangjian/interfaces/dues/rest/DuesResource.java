package cn.dangjian.interfaces.dues.rest;

import cn.dangjian.application.dues.DuesBaseData;
import cn.dangjian.application.dues.DuesBaseView;
import cn.dangjian.application.dues.DuesMonth;
import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.DuesSummary;
import cn.dangjian.application.dues.PaymentData;
import cn.dangjian.application.dues.Reconciliation;
import cn.dangjian.application.dues.ReliefData;
import cn.dangjian.application.dues.ReliefView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.dues.ReliefStatus;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import cn.dangjian.interfaces.shared.rest.ApiLanguage;
import cn.dangjian.interfaces.shared.rest.BodyLimit;
import cn.dangjian.interfaces.shared.rest.ImportResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 党费: a member's base for a year (PUT bases, or POST bases/import of a payroll .xlsx), a month's
 * payment (POST payments, or POST statements of a bank or payroll statement, checked against what
 * is due), an organization's month (GET months/2026-06?organizationId=) and a committee's month by
 * organization (GET summaries/2026-06?organizationId=), and reductions and exemptions (reliefs),
 * requested by the branch and approved or refused by the next level.
 */
@Path("dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DuesResource {
  @EJB DuesService dues;

  /** A payment as sent: the month as 2026-06. */
  public record Payment(Long memberId, String month, PayMethod method, LocalDate paidOn) {}

  /** A relief as sent: months as 2026-06, amount 0 for an exemption. */
  public record Relief(
      Long memberId,
      String from,
      String to,
      BigDecimal amount,
      String reason,
      LocalDate decidedOn) {}

  /** The approving level's note (required when refusing). */
  public record Review(String note) {}

  /** A statement checked: each row's outcome in words, and who owes a month and is not in it. */
  public record StatementResult(
      boolean preview,
      int rows,
      int matched,
      BigDecimal matchedAmount,
      List<Line> lines,
      List<Reconciliation.Missing> missing) {
    public record Line(
        int row,
        String name,
        String month,
        BigDecimal amount,
        BigDecimal due,
        Reconciliation.Outcome outcome,
        String message) {}
  }

  @PUT
  @Path("bases")
  public DuesBaseView setBase(DuesBaseData data) {
    return dues.setBase(ApiInput.body(data));
  }

  /**
   * The year's bases from a payroll .xlsx (公民身份号码, 姓名, 计算方式, 基数): all set (200), or none and each
   * problem with its row and column (400).
   */
  @POST
  @Path("bases/import")
  @BodyLimit(DuesService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importBases(
      @QueryParam("organizationId") Long organizationId,
      @QueryParam("year") int year,
      @HeaderParam("X-File-Name") String fileName,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return ImportResult.of(dues.importBases(organizationId, year, body, fileName), headers);
  }

  /**
   * Going live: the months paid before, from the organization's paper books (.xlsx: 公民身份号码, 姓名, 月份,
   * 金额, 交纳日期, 交纳方式), all recorded or none (400 with each problem's row and column).
   */
  @POST
  @Path("payments/import")
  @BodyLimit(DuesService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importPaidHistory(
      @QueryParam("organizationId") Long organizationId,
      @HeaderParam("X-File-Name") String fileName,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return ImportResult.of(dues.importPaidHistory(organizationId, body, fileName), headers);
  }

  @POST
  @Path("payments")
  public DuesMonth.Row pay(Payment payment) {
    Payment p = ApiInput.body(payment);
    return dues.pay(
        new PaymentData(p.memberId(), ApiInput.month("month", p.month()), p.method(), p.paidOn()));
  }

  /**
   * A bank or payroll statement (.xlsx: 公民身份号码, 姓名, 月份, 金额, 交纳日期) checked against the dues of the
   * organization's subtree; the matching rows recorded as paid by {@code method} (TRANSFER or
   * PAYROLL) unless {@code preview=true}. 400 with the problems when the file cannot be read.
   */
  @POST
  @Path("statements")
  @BodyLimit(DuesService.MAX_FILE_BYTES)
  @Consumes({ImportResult.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importStatement(
      @QueryParam("organizationId") Long organizationId,
      @QueryParam("method") PayMethod method,
      @QueryParam("preview") boolean preview,
      @HeaderParam("X-File-Name") String fileName,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    Reconciliation r = dues.importStatement(organizationId, method, preview, body, fileName);
    if (r.problems() != null) {
      return ImportResult.of(r.problems(), headers);
    }
    Messages text = ApiLanguage.of(headers);
    List<StatementResult.Line> lines =
        r.lines().stream()
            .map(
                l ->
                    new StatementResult.Line(
                        l.row(),
                        l.name(),
                        l.month(),
                        l.amount(),
                        l.due(),
                        l.outcome(),
                        text.text(l.key(), l.args().toArray())))
            .toList();
    return Response.ok(
            new StatementResult(
                r.preview(), r.rows(), r.matched(), r.matchedAmount(), lines, r.missing()))
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .build();
  }

  @GET
  @Path("months/{month}")
  public DuesMonth month(
      @PathParam("month") String month, @QueryParam("organizationId") Long organizationId) {
    return dues.month(organizationId, ApiInput.month("month", month));
  }

  @GET
  @Path("summaries/{month}")
  public DuesSummary summary(
      @PathParam("month") String month, @QueryParam("organizationId") Long organizationId) {
    return dues.summary(organizationId, ApiInput.month("month", month));
  }

  @POST
  @Path("reliefs")
  public Response requestRelief(Relief relief) {
    Relief r = ApiInput.body(relief);
    ReliefView v =
        dues.requestRelief(
            new ReliefData(
                r.memberId(),
                ApiInput.month("from", r.from()),
                ApiInput.month("to", r.to()),
                r.amount(),
                r.reason(),
                r.decidedOn()));
    return Response.status(Response.Status.CREATED).entity(v).build();
  }

  @GET
  @Path("reliefs")
  public List<ReliefView> reliefs(
      @QueryParam("organizationId") Long organizationId,
      @QueryParam("status") ReliefStatus status) {
    return dues.reliefs(organizationId, status);
  }

  @POST
  @Path("reliefs/{id}/approval")
  public ReliefView approve(@PathParam("id") Long id, Review review) {
    return dues.approveRelief(id, review == null ? null : review.note());
  }

  @POST
  @Path("reliefs/{id}/refusal")
  public ReliefView refuse(@PathParam("id") Long id, Review review) {
    return dues.refuseRelief(id, review == null ? null : review.note());
  }
}
