package cn.dangjian.domain.credential;

/** 一卡一证: the member's card and the certificate of membership issued on request. */
public enum CredentialKind {
  /** 党员卡. */
  CARD("K"),
  /** 党员身份证明. */
  CERTIFICATE("Z");

  /** The letter its numbers start with, so a number alone tells card from certificate. */
  public final String prefix;

  CredentialKind(String prefix) {
    this.prefix = prefix;
  }
}
