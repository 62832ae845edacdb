package cn.dangjian.application.audit;

import jakarta.ejb.Local;

/**
 * Records a request refused because of the caller's role (a page or method their roles do not
 * open), as the scoped load records one refused because of their scope.
 */
@Local
public interface AccessAudit {

  /** {@code request} names what was refused, e.g. "POST /api/v1/members". */
  void refusedByRole(String request);
}
