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
  ACCESS_REFUSED
}
