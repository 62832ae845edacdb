package cn.dangjian.interfaces.audit.rest;

import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.domain.audit.AuditAction;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit log, newest first: group admin and auditor only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @EJB AuditService audit;

  @GET
  public List<AuditRecord> latest(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
      @QueryParam("action") AuditAction action, @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return audit.latest(entityType, entityId, action, first, max);
  }
}
