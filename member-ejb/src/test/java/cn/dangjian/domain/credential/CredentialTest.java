package cn.dangjian.domain.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.Samples;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DataKey;
import cn.dangjian.domain.shared.Ids;
import cn.dangjian.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A card's and a certificate's number, validity and revocation, and the code that verifies them.
 */
class CredentialTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
  private static final DataKey KEY = DataKey.ofHex("ab".repeat(32));

  private final Ids ids = new Ids(1233);
  private Organization committee;
  private Organization branch;
  private Organization otherBranch;
  private Member member;

  @BeforeEach
  void setUp() {
    Samples.Tree tree = Samples.tree(ids);
    committee = tree.committee();
    branch = tree.branch();
    otherBranch = tree.other();
    member = ids.assign(Samples.member(branch));
  }

  private Credential certificate(int months) {
    return Credential.certificate(member, branch, "出国（境）审批", months, TODAY, "shuji1", NOW);
  }

  @Test
  void aNumberTellsTheKindAndYearAndIsGivenOnce() {
    Credential card = ids.assign(Credential.card(member, branch, TODAY, "shuji1", NOW));
    card.number();
    assertEquals("K2026-00001238", card.getNumber());
    card.number();
    assertEquals("K2026-00001238", card.getNumber());
    Credential cert = ids.assign(certificate(3));
    cert.number();
    assertTrue(cert.getNumber().startsWith("Z2026-"));
  }

  @Test
  void theIssuerIsTheMembersOrganizationOrOneAboveIt() {
    Credential.card(member, committee, TODAY, "dangwei", NOW);
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Credential.card(member, otherBranch, TODAY, "shuji2", NOW));
    assertEquals("issuerId", e.violations().get(0).field());
  }

  @Test
  void aCertificateHoldsOneToSixMonthsToTheDayBefore() {
    assertEquals(
        "months",
        assertThrows(ValidationException.class, () -> certificate(0)).violations().get(0).field());
    assertEquals(
        "months",
        assertThrows(ValidationException.class, () -> certificate(7)).violations().get(0).field());
    Credential c = certificate(3);
    assertEquals(LocalDate.of(2026, 9, 29), c.getValidUntil());
    assertEquals(CredentialState.VALID, c.state(LocalDate.of(2026, 9, 29)));
    assertEquals(CredentialState.EXPIRED, c.state(LocalDate.of(2026, 9, 30)));
  }

  @Test
  void aRevokedCardIsVoidAndIsRevokedOnce() {
    Credential card = Credential.card(member, branch, TODAY, "shuji1", NOW);
    assertEquals(CredentialState.VALID, card.state(TODAY.plusYears(10)));
    card.revoke(Revocation.LOST, " 井下遗失 ", TODAY, "shuji1");
    assertEquals(CredentialState.REVOKED, card.state(TODAY));
    assertEquals("井下遗失", card.getRevocationNote());
    assertThrows(
        ConflictException.class, () -> card.revoke(Revocation.DECEASED, null, TODAY, "shuji1"));
  }

  @Test
  void onlyTheServersOwnSignatureGivesBackTheNumber() {
    String code = VerificationCode.of("K2026-00001238", KEY);
    assertTrue(code.matches("K2026-00001238\\.[A-Z2-7]{16}"), code);
    assertEquals("K2026-00001238", VerificationCode.numberOf(code, KEY).orElseThrow());
    assertEquals(
        "K2026-00001238",
        VerificationCode.numberOf(code.toLowerCase().replace("k2026", "K2026"), KEY).orElseThrow(),
        "a scanner that lowers the case still verifies");
    String other = code.replace("K2026-00001238", "K2026-00001239");
    assertTrue(VerificationCode.numberOf(other, KEY).isEmpty(), "the next number is not guessable");
    assertTrue(VerificationCode.numberOf(code, DataKey.ofHex("cd".repeat(32))).isEmpty());
    assertTrue(VerificationCode.numberOf("K2026-00001238", KEY).isEmpty());
    assertTrue(VerificationCode.numberOf(null, KEY).isEmpty());
  }
}
