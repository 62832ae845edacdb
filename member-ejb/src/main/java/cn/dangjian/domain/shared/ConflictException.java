package cn.dangjian.domain.shared;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record first; the caller's edit is kept for them to redo. */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String key, Object... args) {
    super(key, args);
  }
}
