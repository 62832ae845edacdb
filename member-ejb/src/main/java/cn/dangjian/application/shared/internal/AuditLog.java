package cn.dangjian.application.shared.internal;

import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the audit log: changes in the caller's transaction, refusals in their own. */
@ApplicationScoped
public class AuditLog {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuditRepository repository;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditAction action, String entityType, Object id, Object before, Object after) {
    repository.append(new AuditEntry(clock.instant(), caller.get().user(), action, entityType, id,
        json(before), json(after)));
  }

  /** A refused access must stay recorded although the refusal rolls the caller's work back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(String entityType, Object id, String what) {
    repository.append(new AuditEntry(clock.instant(), caller.get().user(), AuditAction.ACCESS_REFUSED,
        entityType, id, null, what));
  }

  private static String json(Object o) {
    return o == null ? null : o instanceof String s ? s : JSON.toJson(o);
  }
}
