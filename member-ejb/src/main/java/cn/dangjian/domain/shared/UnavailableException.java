package cn.dangjian.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The database could not be reached or gave up on a transaction it may take next time (a lost
 * connection, a restart, a deadlock): nothing was saved, and trying again shortly is right.
 */
@ApplicationException(rollback = true)
public class UnavailableException extends DomainException {
  private static final long serialVersionUID = 1L;

  /** What the client is told to wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public UnavailableException() {
    super("error.unavailable");
  }
}
