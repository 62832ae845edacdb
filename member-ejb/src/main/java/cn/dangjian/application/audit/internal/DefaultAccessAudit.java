package cn.dangjian.application.audit.internal;

import cn.dangjian.application.audit.AccessAudit;
import cn.dangjian.application.shared.internal.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
public class DefaultAccessAudit implements AccessAudit {
  /** Long enough for any page or API path; a longer one is an attempt, not a page. */
  private static final int MAX_REQUEST = 200;

  @Inject AuditLog audit;

  @Override
  @PermitAll
  public void refusedByRole(String request) {
    String shown = request == null ? "" : request.replaceAll("[\\r\\n\\t]", " ");
    audit.refused(
        "Request",
        null,
        "role",
        shown.length() <= MAX_REQUEST ? shown : shown.substring(0, MAX_REQUEST) + "…");
  }
}
