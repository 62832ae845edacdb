package cn.dangjian.domain.credential;

import java.util.List;
import java.util.Optional;

public interface CredentialRepository {
  void store(Credential credential);

  Optional<Credential> byNumber(String number);

  /** A member's cards and certificates, the newest first. */
  List<Credential> ofMember(Long memberId);

  /** The member's cards and certificates that have not been revoked. */
  List<Credential> unrevoked(Long memberId);
}
