package cn.dangjian.application.credential.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.credential.CertificateRequest;
import cn.dangjian.application.credential.CredentialCheck;
import cn.dangjian.application.credential.CredentialService;
import cn.dangjian.application.credential.CredentialView;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.print.Printer;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.credential.Credential;
import cn.dangjian.domain.credential.CredentialKind;
import cn.dangjian.domain.credential.CredentialRepository;
import cn.dangjian.domain.credential.CredentialState;
import cn.dangjian.domain.credential.Revocation;
import cn.dangjian.domain.credential.VerificationCode;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.DataKey;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultCredentialService implements CredentialService {
  /** The address links on printed papers use when it differs from the one a secretary uses. */
  static final String PUBLIC_URL = "dangjian.publicUrl";

  @Inject CredentialRepository credentials;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Printer printer;
  @Inject CredentialPapers papers;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public CredentialView issueCard(Long memberId, String site) {
    Member member = guard.memberToChange(required(memberId));
    LocalDate today = LocalDate.now(clock);
    for (Credential old : credentials.unrevoked(member.getId())) {
      if (old.getKind() == CredentialKind.CARD) {
        old.revoke(Revocation.REISSUED, null, today, caller.get().user());
        audit.record(
            AuditAction.UPDATE,
            "Credential",
            old.getId(),
            old.getMemberName(),
            "audit.credential.revoked",
            old.getNumber(),
            Revocation.REISSUED);
      }
    }
    Credential card =
        Credential.card(
            member, member.getOrganization(), today, caller.get().user(), clock.instant());
    credentials.store(card);
    audit.record(
        AuditAction.CREATE,
        "Credential",
        card.getId(),
        member.getName(),
        "audit.credential.card",
        card.getNumber(),
        card.getIssuerName());
    return view(card, site);
  }

  @Override
  public CredentialView issueCertificate(CertificateRequest request, String site) {
    List<Violation> problems = Constraints.of(request);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member member = guard.memberToChange(request.memberId());
    Organization issuer =
        request.issuerId() == null
            ? member.getOrganization()
            : guard.organization(request.issuerId());
    Credential certificate =
        Credential.certificate(
            member,
            issuer,
            request.purpose(),
            request.monthsOrUsual(),
            LocalDate.now(clock),
            caller.get().user(),
            clock.instant());
    credentials.store(certificate);
    audit.record(
        AuditAction.CREATE,
        "Credential",
        certificate.getId(),
        member.getName(),
        "audit.credential.certificate",
        certificate.getNumber(),
        certificate.getIssuerName(),
        certificate.getPurpose(),
        certificate.getValidUntil());
    return view(certificate, site);
  }

  private static Long required(Long memberId) {
    if (memberId == null) {
      throw new ValidationException(
          List.of(new Violation("memberId", "credential.member.required")));
    }
    return memberId;
  }

  @Override
  public CredentialView revoke(Long id, Revocation reason, String note) {
    if (reason == null || reason == Revocation.REISSUED) {
      throw new ValidationException(List.of(new Violation("reason", "credential.reason.required")));
    }
    if (note != null && note.strip().length() > 200) {
      throw new ValidationException(List.of(new Violation("note", "credential.note.tooLong", 200)));
    }
    Credential c = guard.load(Credential.class, id, "entity.credential");
    c.revoke(reason, note, LocalDate.now(clock), caller.get().user());
    audit.record(
        AuditAction.UPDATE,
        "Credential",
        c.getId(),
        c.getMemberName(),
        "audit.credential.revoked",
        c.getNumber(),
        reason);
    return view(c, null);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public List<CredentialView> ofMember(Long memberId) {
    Member member = guard.member(required(memberId));
    return credentials.ofMember(member.getId()).stream().map(c -> view(c, null)).toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public CredentialView get(Long id, String site) {
    return view(visible(id), site);
  }

  /** A card or certificate the caller keeps, or their own. */
  private Credential visible(Long id) {
    return guard.load(
        Credential.class,
        id,
        "entity.credential",
        c -> caller.get().scope().coversMember(c.getMemberId(), c.getOrgPath()));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public Optional<CredentialView> myCard(String site) {
    Long self = caller.get().memberId();
    if (self == null) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    return credentials.unrevoked(self).stream()
        .filter(c -> c.getKind() == CredentialKind.CARD && c.state(today) == CredentialState.VALID)
        .findFirst()
        .map(c -> view(c, site));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public byte[] pdf(Long id, String site) {
    Credential c = visible(id);
    Member member = em.find(Member.class, c.getMemberId());
    byte[] pdf = printer.pdf(papers.paper(c, member, link(c, site)));
    audit.record(
        AuditAction.EXPORT,
        "Credential",
        c.getId(),
        c.getMemberName(),
        "audit.credential.printed",
        c.getNumber());
    return pdf;
  }

  @Override
  @PermitAll
  public CredentialCheck verify(String code) {
    Optional<Credential> found =
        VerificationCode.numberOf(code, DataKey.configured()).flatMap(credentials::byNumber);
    if (found.isEmpty()) {
      return CredentialCheck.unknown();
    }
    Credential c = found.get();
    Member member = em.find(Member.class, c.getMemberId());
    return new CredentialCheck(
        c.state(LocalDate.now(clock)),
        c.getKind(),
        c.getNumber(),
        member.getName(),
        member.hasLeft() ? null : member.getOrganization().getDisplayName(),
        member.getCategory(),
        c.getValidUntil());
  }

  private CredentialView view(Credential c, String site) {
    String link = site == null ? null : link(c, site);
    return new CredentialView(
        c.getId(),
        c.getKind(),
        c.getNumber(),
        c.getMemberId(),
        c.getMemberName(),
        c.getIssuerName(),
        c.getPurpose(),
        c.getIssuedOn(),
        c.getIssuedBy(),
        c.getValidUntil(),
        c.state(LocalDate.now(clock)),
        c.getRevocation(),
        c.getRevocationNote(),
        c.getRevokedOn(),
        link,
        link == null ? null : printer.qrSvg(link));
  }

  /** The verification page's address with the signed code, on the public address if one is set. */
  static String link(Credential c, String site) {
    String base =
        ConfigProvider.getConfig()
            .getOptionalValue(PUBLIC_URL, String.class)
            .filter(s -> !s.isBlank())
            .orElse(site == null ? "" : site);
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/verify.xhtml?c=" + VerificationCode.of(c.getNumber(), DataKey.configured());
  }
}
