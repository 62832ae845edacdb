package cn.dangjian.application.credential;

import cn.dangjian.domain.credential.CredentialKind;
import cn.dangjian.domain.credential.CredentialState;
import cn.dangjian.domain.member.Category;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What anyone scanning a code learns: whether it is valid, and whose it is (name, organization,
 * full or probationary member) only when it is a card or certificate the server made.
 */
public record CredentialCheck(
    CredentialState state,
    CredentialKind kind,
    String number,
    String name,
    String organization,
    Category category,
    LocalDate validUntil)
    implements Serializable {

  public static CredentialCheck unknown() {
    return new CredentialCheck(CredentialState.UNKNOWN, null, null, null, null, null, null);
  }
}
