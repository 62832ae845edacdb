package cn.dangjian.domain.shared;

import jakarta.ejb.ApplicationException;

/** Missing, or outside the caller's scope: both get the same answer so ids cannot be probed. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String entityKey, Object id) {
    super("error.notFound", entityKey, id);
  }
}
