package cn.dangjian.application.account.internal;

import cn.dangjian.application.account.SignInService;
import cn.dangjian.application.shared.BeijingTime;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.domain.account.AccountRepository;
import cn.dangjian.domain.account.LoginGuard;
import cn.dangjian.domain.account.SignIn;
import cn.dangjian.domain.audit.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Called before and around authentication, hence open to everyone; it decides nothing by caller.
 */
@Stateless
@PermitAll
public class DefaultSignInService implements SignInService {
  private static final String ACCOUNT = "Account";

  @Inject AccountRepository accounts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dangjian.signIn.maxFailures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "dangjian.signIn.lockMinutes", defaultValue = "30")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "dangjian.signIn.idleMinutes", defaultValue = "30")
  int idleMinutes;

  @Override
  public boolean locked(String typed, String client) {
    String user = account(typed);
    Optional<LoginGuard> g = accounts.guard(user);
    if (g.isPresent() && g.get().lockedAt(clock.instant())) {
      audit.recordFor(
          user,
          AuditAction.SIGN_IN_REFUSED,
          ACCOUNT,
          user,
          "audit.account.refusedLocked",
          client,
          BeijingTime.minute(g.get().getLockedUntil()));
      return true;
    }
    return false;
  }

  @Override
  public void signedIn(String typed, String ssoCookie, String client) {
    String user = account(typed);
    Instant now = clock.instant();
    accounts.guardForUpdate(user).ifPresent(LoginGuard::succeeded);
    // a day is longer than any sign-in lasts: older rows only fill the table
    accounts.forget(user, now.minus(Duration.ofDays(1)));
    Optional<SignIn> again = accounts.signIn(SignIn.hash(ssoCookie));
    if (again.isPresent()) {
      again.get().restart(client, now);
    } else {
      accounts.store(new SignIn(ssoCookie, user, client, now));
    }
    audit.recordFor(user, AuditAction.SIGN_IN, ACCOUNT, user, "audit.account.signedIn", client);
  }

  @Override
  public void failed(String typed, String client) {
    String user = account(typed);
    Instant now = clock.instant();
    LoginGuard g =
        accounts
            .guardForUpdate(user)
            .orElseGet(
                () -> {
                  LoginGuard created = new LoginGuard(user);
                  accounts.store(created);
                  return created;
                });
    boolean locks = g.failed(now, maxFailures, Duration.ofMinutes(lockMinutes));
    audit.recordFor(
        user,
        AuditAction.SIGN_IN_FAILED,
        ACCOUNT,
        user,
        "audit.account.failed",
        client,
        locks ? maxFailures : g.getFailures());
    if (locks) {
      audit.recordFor(
          user,
          AuditAction.ACCOUNT_LOCKED,
          ACCOUNT,
          user,
          "audit.account.locked",
          maxFailures,
          BeijingTime.minute(g.getLockedUntil()),
          client);
    }
  }

  @Override
  public boolean active(String user, String ssoCookie) {
    Instant now = clock.instant();
    Optional<SignIn> s = accounts.signIn(SignIn.hash(ssoCookie));
    if (s.isEmpty() || !s.get().getUserId().equals(user)) {
      return false;
    }
    if (!s.get().activeAt(now, Duration.ofMinutes(idleMinutes))) {
      return false;
    }
    s.get().seen(now);
    return true;
  }

  @Override
  public void signedOut(String ssoCookie) {
    accounts
        .signIn(SignIn.hash(ssoCookie))
        .filter(s -> s.getEndedAt() == null)
        .ifPresent(
            s -> {
              s.end(clock.instant());
              audit.recordFor(
                  s.getUserId(),
                  AuditAction.SIGN_OUT,
                  ACCOUNT,
                  s.getUserId(),
                  "audit.account.signedOut");
            });
  }

  /** An account name as typed, on one line and no longer than the column that keeps it. */
  private static String account(String typed) {
    String s = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "").strip();
    return s.length() <= 64 ? s : s.substring(0, 64);
  }
}
