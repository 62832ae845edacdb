package cn.dangjian.domain.credential;

/** What a scan of the code says. */
public enum CredentialState {
  VALID,
  REVOKED,
  EXPIRED,
  /** No card or certificate by that code: not made by this server, or altered. */
  UNKNOWN
}
