package cn.dangjian.application.shared.internal;

import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditRepository;
import cn.dangjian.domain.audit.AuditValues;
import cn.dangjian.domain.audit.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes the audit log for every context: what happened as a message key ({@code audit.*}) with its
 * arguments, the record's name at the time, and for a change only the fields that changed. Changes
 * join the caller's transaction; refusals are written in their own.
 */
@ApplicationScoped
public class AuditLog {
  private static final String REFUSED = "audit.refused.";

  @Inject AuditRepository repository;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(
      AuditAction action,
      String entityType,
      Object id,
      String subject,
      String key,
      Object... args) {
    write(caller.get().user(), action, entityType, id, subject, key, null, args);
  }

  /**
   * An update: of {@code changes} only those that changed a value are kept; none, and nothing is
   * written.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void changed(
      String entityType,
      Object id,
      String subject,
      List<Change> changes,
      String key,
      Object... args) {
    List<Change> real = changes.stream().filter(Change::changesValue).toList();
    if (!real.isEmpty()) {
      write(caller.get().user(), AuditAction.UPDATE, entityType, id, subject, key, real, args);
    }
  }

  /**
   * A refused access must stay recorded although the refusal rolls the caller's work back. The name
   * of the record is not written: the caller was not allowed to see it. {@code what} names the
   * attempt: {@code audit.refused.<what>}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(String entityType, Object id, String what, Object... args) {
    write(
        caller.get().user(),
        AuditAction.ACCESS_REFUSED,
        entityType,
        id,
        null,
        REFUSED + what,
        null,
        args);
  }

  /**
   * An event of an account whose user is not (or not yet) the caller, such as a failed login: the
   * account is the actor.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordFor(
      String actor, AuditAction action, String entityType, Object id, String key, Object... args) {
    write(actor, action, entityType, id, null, key, null, args);
  }

  private void write(
      String actor,
      AuditAction action,
      String entityType,
      Object id,
      String subject,
      String key,
      List<Change> changes,
      Object... args) {
    repository.append(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            entityType,
            id,
            subject,
            key,
            AuditValues.args(args),
            AuditValues.changes(changes)));
  }
}
