package cn.dangjian.interfaces.dues.rest;

import cn.dangjian.application.dues.DuesBaseData;
import cn.dangjian.application.dues.DuesBaseView;
import cn.dangjian.application.dues.DuesMonth;
import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.PaymentData;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * 党费: a member's base for a year (PUT bases), a month's payment (POST payments), and an
 * organization's month (GET months/2026-06?organizationId=): each member's dues, payment and months
 * behind, with the totals to the fen.
 */
@Path("dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DuesResource {
  @EJB DuesService dues;

  /** A payment as sent: the month as 2026-06. */
  public record Payment(Long memberId, String month, PayMethod method, LocalDate paidOn) {}

  @PUT
  @Path("bases")
  public DuesBaseView setBase(DuesBaseData data) {
    return dues.setBase(ApiInput.body(data));
  }

  @POST
  @Path("payments")
  public DuesMonth.Row pay(Payment payment) {
    Payment p = ApiInput.body(payment);
    return dues.pay(
        new PaymentData(p.memberId(), ApiInput.month("month", p.month()), p.method(), p.paidOn()));
  }

  @GET
  @Path("months/{month}")
  public DuesMonth month(
      @PathParam("month") String month, @QueryParam("organizationId") Long organizationId) {
    return dues.month(organizationId, ApiInput.month("month", month));
  }
}
