package cn.dangjian.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInRulesTest {
  private static final Instant T = Instant.parse("2026-06-30T02:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(30);

  @Test
  void theFifthFailureInARowLocksForTheLockTimeThenTheCountStartsAgain() {
    LoginGuard g = new LoginGuard("shuji1");
    for (int i = 1; i <= 4; i++) {
      assertFalse(g.failed(T, 5, LOCK));
      assertEquals(i, g.getFailures());
    }
    assertTrue(g.failed(T, 5, LOCK));
    assertTrue(g.lockedAt(T.plus(Duration.ofMinutes(29))));
    assertFalse(g.lockedAt(T.plus(LOCK)));
    assertFalse(g.failed(T.plus(LOCK), 5, LOCK), "after the lock one failure is one failure");
    assertEquals(1, g.getFailures());
  }

  @Test
  void aSuccessBetweenFailuresStartsTheCountAgain() {
    LoginGuard g = new LoginGuard("shuji1");
    for (int i = 0; i < 4; i++) {
      g.failed(T, 5, LOCK);
    }
    g.succeeded();
    assertFalse(g.failed(T, 5, LOCK));
    assertEquals(1, g.getFailures());
  }

  @Test
  void aSignInEndsAtLogoutOrAfterIdleTimeAndIsKnownOnlyByItsHash() {
    Duration idle = Duration.ofMinutes(30);
    SignIn s = new SignIn("cookie-value", "shuji1", "127.0.0.1", T);
    assertTrue(s.activeAt(T.plus(Duration.ofMinutes(30)), idle));
    assertFalse(s.activeAt(T.plus(Duration.ofMinutes(31)), idle));
    s.seen(T.plus(Duration.ofMinutes(20)));
    assertTrue(s.activeAt(T.plus(Duration.ofMinutes(45)), idle), "seeing it keeps it on");
    s.end(T.plus(Duration.ofMinutes(46)));
    assertFalse(s.activeAt(T.plus(Duration.ofMinutes(46)), idle));
    assertEquals(64, SignIn.hash("cookie-value").length());
    assertNotEquals(SignIn.hash("cookie-value"), SignIn.hash("cookie-valuf"));
  }
}
