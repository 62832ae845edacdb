package cn.dangjian.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One sign-in: the single sign-on cookie the server issued at a login, known by its hash (the
 * database never holds a usable cookie). It ends at logout or after idle time; only a sign-in on
 * record opens pages, so a copied cookie dies with its sign-in on every server.
 */
@Entity
@Table(name = "sign_in")
public class SignIn implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The time last seen is written at most this often: a page view is not a write. */
  static final Duration SEEN_EVERY = Duration.ofMinutes(1);

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(length = 64)
  private String client;

  protected SignIn() {}

  public SignIn(String cookie, String userId, String client, Instant at) {
    this.tokenHash = hash(cookie);
    this.userId = userId;
    this.client = client;
    this.startedAt = at;
    this.lastSeenAt = at;
  }

  /** SHA-256 of the cookie's value, in hex. */
  public static String hash(String cookie) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Not ended, and seen within {@code idle} of {@code now}. */
  public boolean activeAt(Instant now, Duration idle) {
    return endedAt == null && !lastSeenAt.plus(idle).isBefore(now);
  }

  public void seen(Instant now) {
    if (lastSeenAt.plus(SEEN_EVERY).isBefore(now)) {
      lastSeenAt = now;
    }
  }

  /**
   * The server issued the same cookie again (a login of the same user within the token's time
   * granularity): it is a new sign-in.
   */
  public void restart(String client, Instant at) {
    this.client = client;
    this.startedAt = at;
    this.lastSeenAt = at;
    this.endedAt = null;
  }

  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public String getUserId() {
    return userId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
