package cn.dangjian.domain.audit;

public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  MOVE,
  DISSOLVE,
  REVEAL_CITIZEN_ID,
  /** A view of personal data that only some may see (a member's hardship). */
  VIEW,
  EXPORT,
  IMPORT,
  ACCESS_REFUSED,
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_IN_REFUSED,
  ACCOUNT_LOCKED,
  SIGN_OUT
}
