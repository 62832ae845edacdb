package cn.dangjian.domain.register;

/**
 * What a line of the register (党员管理台账) records, each from a record the system already keeps: the
 * member's dates, their history, dues, cards and certificates.
 */
public enum RegisterEvent {
  JOINED,
  CONVERTED,
  TRANSFERRED_IN,
  TRANSFERRED_OUT,
  /** From one organization of the register's subtree to another. */
  MOVED_WITHIN,
  /** Kept on paper before the system: the organizations are known only by name. */
  TRANSFERRED,
  POST,
  REWARD,
  SANCTION,
  DUES_PAID,
  DUES_RELIEF,
  LOST_CONTACT,
  CARD_ISSUED,
  CARD_REVOKED,
  CERTIFICATE,
  APPRAISED;

  /** A transfer as the subtree at {@code path} sees it: in, out, or within. */
  public static RegisterEvent ofTransfer(String path, String fromPath, String toPath) {
    if (fromPath == null && toPath == null) {
      return TRANSFERRED;
    }
    boolean from = fromPath != null && fromPath.startsWith(path);
    boolean to = toPath != null && toPath.startsWith(path);
    if (from && to) {
      return MOVED_WITHIN;
    }
    return to ? TRANSFERRED_IN : TRANSFERRED_OUT;
  }
}
