package cn.dangjian.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Sign-ins and login guards, shared by every server through the database. */
public interface AccountRepository {
  Optional<SignIn> signIn(String tokenHash);

  void store(SignIn signIn);

  /** The account's guard, locked for this transaction so that two servers count one by one. */
  Optional<LoginGuard> guardForUpdate(String userId);

  Optional<LoginGuard> guard(String userId);

  void store(LoginGuard guard);

  /** Removes the account's sign-ins that ended, or began, before {@code before}. */
  int forget(String userId, Instant before);
}
