package cn.dangjian.interfaces.credential.rest;

import cn.dangjian.application.credential.CertificateRequest;
import cn.dangjian.application.credential.CredentialService;
import cn.dangjian.application.credential.CredentialView;
import cn.dangjian.domain.credential.Revocation;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * 一卡一证: a member's card issued (POST cards, voiding the one before) or certificate of membership
 * (POST certificates), a member's cards and certificates (GET ?memberId=), one with its
 * verification link and QR code (GET {id}), printed (GET {id}/pdf), made void (POST
 * {id}/revocation), and the caller's own card (GET mine). Anyone checks a code on the page the
 * code's link opens.
 */
@Path("credentials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialResource {
  @EJB CredentialService credentials;
  @Context UriInfo uri;

  public record CardRequest(Long memberId) {}

  public record RevocationRequest(Revocation reason, String note) {}

  /** Where the caller reached the server: the pages' root, where the verification page lives. */
  private String site() {
    return uri.getBaseUri().resolve("/").toString();
  }

  private static Response created(CredentialView v) {
    return Response.created(
            UriBuilder.fromResource(CredentialResource.class).path("{id}").build(v.id()))
        .entity(v)
        .build();
  }

  @POST
  @Path("cards")
  public Response issueCard(CardRequest request) {
    return created(credentials.issueCard(ApiInput.body(request).memberId(), site()));
  }

  @POST
  @Path("certificates")
  public Response issueCertificate(CertificateRequest request) {
    return created(credentials.issueCertificate(ApiInput.body(request), site()));
  }

  @GET
  public List<CredentialView> ofMember(@QueryParam("memberId") Long memberId) {
    return credentials.ofMember(memberId);
  }

  @GET
  @Path("mine")
  public Response mine() {
    return credentials
        .myCard(site())
        .map(v -> Response.ok(v).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @GET
  @Path("{id}")
  public CredentialView get(@PathParam("id") Long id) {
    return credentials.get(id, site());
  }

  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") Long id) {
    return Response.ok(credentials.pdf(id, site()), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"credential-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("{id}/revocation")
  public CredentialView revoke(@PathParam("id") Long id, RevocationRequest request) {
    RevocationRequest r = ApiInput.body(request);
    return credentials.revoke(id, r.reason(), r.note());
  }
}
