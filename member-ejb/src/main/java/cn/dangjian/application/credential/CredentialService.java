package cn.dangjian.application.credential;

import cn.dangjian.domain.credential.Revocation;
import jakarta.ejb.Local;
import java.util.List;

/**
 * 一卡一证: members' cards and certificates of membership, issued and revoked by those who keep the
 * members' records, printed as PDFs, and verified by anyone who scans their code. {@code site} is
 * the address the caller reached the application by; the server's {@code dangjian.publicUrl}, when
 * set, is used for links instead.
 */
@Local
public interface CredentialService {
  /** A new card; the member's current card, if any, is void from today (reissued). */
  CredentialView issueCard(Long memberId, String site);

  CredentialView issueCertificate(CertificateRequest request, String site);

  CredentialView revoke(Long id, Revocation reason, String note);

  /** A member's cards and certificates, the newest first. */
  List<CredentialView> ofMember(Long memberId);

  /** One card or certificate with its link and code to show. */
  CredentialView get(Long id, String site);

  /** The caller's valid card, with its code to show on a phone; empty when they have none. */
  java.util.Optional<CredentialView> myCard(String site);

  /** The card (front and back, card size) or certificate (A4) as a PDF. */
  byte[] pdf(Long id, String site);

  /** What a scan shows anyone, signed in or not: valid or not, whose, and nothing more. */
  CredentialCheck verify(String code);
}
