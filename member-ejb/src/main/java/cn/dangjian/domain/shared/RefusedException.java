package cn.dangjian.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller may see the record but this action is another role's (answered as 403). */
@ApplicationException(rollback = true)
public class RefusedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public RefusedException(String key, Object... args) {
    super(key, args);
  }
}
