package cn.dangjian.domain.audit;

public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  MOVE,
  DISSOLVE,
  REVEAL_CITIZEN_ID,
  EXPORT,
  IMPORT,
  ACCESS_REFUSED,
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_IN_REFUSED,
  ACCOUNT_LOCKED,
  SIGN_OUT
}
