package cn.dangjian.domain.credential;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.InOrganization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's card (党员卡) or certificate of membership (党员身份证明): numbered, issued by an organization
 * the member belongs to, valid until revoked (a certificate also until its last day). Anyone
 * holding its signed code learns only whether it is valid, and whose it is.
 */
@Entity
@Table(name = "credential")
public class Credential implements Serializable, InOrganization {
  private static final long serialVersionUID = 1L;

  /** The longest a certificate of membership is valid: it proves standing on the day issued. */
  public static final int MAX_CERTIFICATE_MONTHS = 6;

  @Id
  @SequenceGenerator(name = "credentialSeq", sequenceName = "credential_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credentialSeq")
  private Long id;

  @Version private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CredentialKind kind;

  @Column(nullable = false, unique = true, length = 20)
  private String number;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "member_name", nullable = false, length = 100)
  private String memberName;

  /** The member's organization when issued: who keeps it in scope. */
  @Column(name = "org_path", nullable = false, length = 400)
  private String orgPath;

  @Column(name = "issuer_id", nullable = false)
  private Long issuerId;

  @Column(name = "issuer_name", nullable = false, length = 100)
  private String issuerName;

  @Column(length = 100)
  private String purpose;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Revocation revocation;

  @Column(name = "revocation_note", length = 200)
  private String revocationNote;

  @Column(name = "revoked_on")
  private LocalDate revokedOn;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  protected Credential() {}

  private Credential(
      CredentialKind kind,
      Member member,
      Organization issuer,
      LocalDate on,
      String by,
      Instant at) {
    if (!member.getOrgPath().startsWith(issuer.getPath())) {
      throw new ValidationException(
          List.of(new Violation("issuerId", "credential.issuer.notAbove")));
    }
    this.kind = kind;
    this.memberId = member.getId();
    this.memberName = member.getName();
    this.orgPath = member.getOrgPath();
    this.issuerId = issuer.getId();
    this.issuerName = issuer.getName();
    this.issuedOn = on;
    this.issuedBy = by;
    this.issuedAt = at;
  }

  /** A card, issued by the member's own organization or one above it. */
  public static Credential card(
      Member member, Organization issuer, LocalDate on, String by, Instant at) {
    return new Credential(CredentialKind.CARD, member, issuer, on, by, at);
  }

  /** A certificate for a stated purpose, valid 1 to {@value #MAX_CERTIFICATE_MONTHS} months. */
  public static Credential certificate(
      Member member,
      Organization issuer,
      String purpose,
      int months,
      LocalDate on,
      String by,
      Instant at) {
    if (months < 1 || months > MAX_CERTIFICATE_MONTHS) {
      throw new ValidationException(
          List.of(new Violation("months", "credential.months.range", MAX_CERTIFICATE_MONTHS)));
    }
    Credential c = new Credential(CredentialKind.CERTIFICATE, member, issuer, on, by, at);
    c.purpose = purpose.strip();
    c.validUntil = on.plusMonths(months).minusDays(1);
    return c;
  }

  /**
   * Gives the number once the id is known: the kind's letter, the year issued and the id (K2026-
   * 00001234), unique across the group and never reused.
   */
  public void number() {
    if (number == null) {
      number = String.format("%s%d-%08d", kind.prefix, issuedOn.getYear(), id);
    }
  }

  public CredentialState state(LocalDate today) {
    if (revocation != null) {
      return CredentialState.REVOKED;
    }
    if (validUntil != null && today.isAfter(validUntil)) {
      return CredentialState.EXPIRED;
    }
    return CredentialState.VALID;
  }

  /** Void from {@code on}, once. */
  public void revoke(Revocation reason, String note, LocalDate on, String by) {
    if (revocation != null) {
      throw new ConflictException("credential.revoked.already", number);
    }
    revocation = reason;
    revocationNote = note == null || note.isBlank() ? null : note.strip();
    revokedOn = on;
    revokedBy = by;
  }

  @Override
  public String getOrgPath() {
    return orgPath;
  }

  public Long getId() {
    return id;
  }

  public CredentialKind getKind() {
    return kind;
  }

  public String getNumber() {
    return number;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getMemberName() {
    return memberName;
  }

  public Long getIssuerId() {
    return issuerId;
  }

  public String getIssuerName() {
    return issuerName;
  }

  public String getPurpose() {
    return purpose;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Revocation getRevocation() {
    return revocation;
  }

  public String getRevocationNote() {
    return revocationNote;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
