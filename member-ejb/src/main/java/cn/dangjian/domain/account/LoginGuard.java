package cn.dangjian.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed logins of one account (等保 L3): the {@code max}-th failure in a row locks it for a
 * while; a success in between starts the count again, and so does the end of a lock.
 */
@Entity
@Table(name = "login_guard")
public class LoginGuard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Version private int version;

  protected LoginGuard() {}

  public LoginGuard(String userId) {
    this.userId = userId;
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** One more failure; true when it locks the account until {@code now + lock}. */
  public boolean failed(Instant now, int max, Duration lock) {
    if (lockedUntil != null && !lockedUntil.isAfter(now)) {
      lockedUntil = null;
      failures = 0;
    }
    failures++;
    if (failures >= max) {
      lockedUntil = now.plus(lock);
      failures = 0;
      return true;
    }
    return false;
  }

  public void succeeded() {
    failures = 0;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
