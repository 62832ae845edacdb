package cn.dangjian.application.audit.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
@DeclareRoles({GROUP_ADMIN, AUDITOR})
public class DefaultAuditService implements AuditService {
  @Inject AuditRepository repository;

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  public List<AuditRecord> latest(String entityType, String entityId, AuditAction action, int first, int max) {
    return repository.latest(blankToNull(entityType), blankToNull(entityId), action, Math.max(first, 0),
        Math.min(Math.max(max, 1), 500)).stream().map(AuditRecord::of).toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  public long count(String entityType, String entityId, AuditAction action) {
    return repository.count(blankToNull(entityType), blankToNull(entityId), action);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
