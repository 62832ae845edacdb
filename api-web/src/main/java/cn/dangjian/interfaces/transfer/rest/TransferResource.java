package cn.dangjian.interfaces.transfer.rest;

import cn.dangjian.application.transfer.ArrivalRequest;
import cn.dangjian.application.transfer.LetterRequest;
import cn.dangjian.application.transfer.TransferList;
import cn.dangjian.application.transfer.TransferService;
import cn.dangjian.application.transfer.TransferView;
import cn.dangjian.application.transfer.WithinRequest;
import cn.dangjian.interfaces.shared.rest.ApiInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;

/**
 * 组织关系转接: within the group (POST within; the receiving side's POST {id}/acceptance or {id}/refusal,
 * the sender's POST {id}/cancellation), out of it (POST letters, then POST {id}/receipt when the
 * receipt is back), into it (POST arrivals); an organization's transfers with the overdue receipts
 * first (GET ?organizationId=); the letter or receipt printed (GET {id}/pdf).
 */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {
  @EJB TransferService transfers;

  public record Refusal(String note) {}

  public record Receipt(LocalDate on) {}

  private static Response created(TransferView v) {
    return Response.created(
            UriBuilder.fromResource(TransferResource.class).path("{id}").build(v.id()))
        .entity(v)
        .build();
  }

  @POST
  @Path("within")
  public Response within(WithinRequest request) {
    return created(transfers.requestWithin(ApiInput.body(request)));
  }

  @POST
  @Path("letters")
  public Response letter(LetterRequest request) {
    return created(transfers.issueLetter(ApiInput.body(request)));
  }

  @POST
  @Path("arrivals")
  public Response arrival(ArrivalRequest request) {
    return created(transfers.receive(ApiInput.body(request)));
  }

  @GET
  public TransferList list(@QueryParam("organizationId") Long organizationId) {
    return transfers.list(organizationId);
  }

  @GET
  @Path("{id}")
  public TransferView get(@PathParam("id") Long id) {
    return transfers.get(id);
  }

  @POST
  @Path("{id}/acceptance")
  public TransferView accept(@PathParam("id") Long id) {
    return transfers.accept(id);
  }

  @POST
  @Path("{id}/refusal")
  public TransferView refuse(@PathParam("id") Long id, Refusal refusal) {
    return transfers.refuse(id, ApiInput.body(refusal).note());
  }

  @POST
  @Path("{id}/cancellation")
  public TransferView cancel(@PathParam("id") Long id) {
    return transfers.cancel(id);
  }

  @POST
  @Path("{id}/receipt")
  public TransferView receipt(@PathParam("id") Long id, Receipt receipt) {
    return transfers.receiptReturned(id, ApiInput.body(receipt).on());
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") Long id) {
    return Response.ok(transfers.pdf(id), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"transfer-" + id + ".pdf\"")
        .build();
  }
}
