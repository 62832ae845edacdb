package cn.dangjian.application.credential;

import cn.dangjian.domain.credential.CredentialKind;
import cn.dangjian.domain.credential.CredentialState;
import cn.dangjian.domain.credential.Revocation;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A card or certificate as its keepers see it; {@code link} and {@code qrSvg} (the link as a QR
 * code) only when one was asked for by itself.
 */
public record CredentialView(
    Long id,
    CredentialKind kind,
    String number,
    Long memberId,
    String memberName,
    String issuerName,
    String purpose,
    LocalDate issuedOn,
    String issuedBy,
    LocalDate validUntil,
    CredentialState state,
    Revocation revocation,
    String revocationNote,
    LocalDate revokedOn,
    String link,
    String qrSvg)
    implements Serializable {}
