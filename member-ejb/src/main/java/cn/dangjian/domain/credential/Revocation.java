package cn.dangjian.domain.credential;

/** Why a card or certificate stopped being valid. */
public enum Revocation {
  /** A new card was issued: the old one is void. Only the system gives this reason. */
  REISSUED,
  /** 挂失. */
  LOST,
  /** 出党 (expelled, removed, or left). */
  LEFT_PARTY,
  /** 去世. */
  DECEASED,
  /** Transferred out of the group. */
  TRANSFERRED_OUT,
  /** 停止党籍. */
  SUSPENDED,
  /** Withdrawn by who issued it (a certificate no longer needed, issued in error). */
  WITHDRAWN
}
