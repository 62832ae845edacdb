package cn.dangjian.application.transfer.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.print.Printer;
import cn.dangjian.application.transfer.ArrivalRequest;
import cn.dangjian.application.transfer.LetterRequest;
import cn.dangjian.application.transfer.TransferList;
import cn.dangjian.application.transfer.TransferService;
import cn.dangjian.application.transfer.TransferView;
import cn.dangjian.application.transfer.WithinRequest;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.credential.Credential;
import cn.dangjian.domain.credential.CredentialRepository;
import cn.dangjian.domain.credential.Revocation;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.Scope;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.domain.transfer.Transfer;
import cn.dangjian.domain.transfer.TransferKind;
import cn.dangjian.domain.transfer.TransferRepository;
import cn.dangjian.domain.transfer.TransferState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultTransferService implements TransferService {
  private static final int RECENT = 50;

  @Inject TransferRepository transfers;
  @Inject MemberRepository members;
  @Inject CredentialRepository credentials;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Printer printer;
  @Inject TransferPapers papers;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String user() {
    return caller.get().user();
  }

  /** The member, kept by the caller, with no other transfer under way. */
  private Member movable(Long memberId) {
    if (memberId == null) {
      throw new ValidationException(List.of(new Violation("memberId", "transfer.member.required")));
    }
    Member m = guard.memberToChange(memberId);
    if (!transfers.open(m.getId()).isEmpty()) {
      throw new ConflictException("transfer.open.already", m.getName());
    }
    return m;
  }

  private TransferView stored(Transfer t, String key) {
    transfers.store(t);
    audit.record(
        AuditAction.CREATE,
        "Transfer",
        t.getId(),
        t.getMemberName(),
        key,
        t.getFromOrgName(),
        t.getToOrgName(),
        t.getOn());
    return view(t);
  }

  @Override
  public TransferView requestWithin(WithinRequest r) {
    Member m = movable(r.memberId());
    Organization target =
        r.targetOrganizationId() == null
            ? null
            : em.find(Organization.class, r.targetOrganizationId());
    if (target == null || !target.isActive()) {
      throw new ValidationException(
          List.of(new Violation("targetOrganizationId", "transfer.target.invalid")));
    }
    return stored(
        Transfer.within(m, target, r.reason(), r.on(), today(), user(), clock.instant()),
        "audit.transfer.requested");
  }

  @Override
  public TransferView issueLetter(LetterRequest r) {
    Member m = movable(r.memberId());
    return stored(
        Transfer.out(
            m,
            r.toOrganization(),
            r.reason(),
            r.validDaysOrUsual(),
            r.on(),
            today(),
            user(),
            clock.instant()),
        "audit.transfer.letter");
  }

  @Override
  public TransferView receive(ArrivalRequest r) {
    Member m = movable(r.memberId());
    Transfer t =
        Transfer.in(
            m,
            r.fromOrganization(),
            r.letterNumber(),
            r.reason(),
            r.on(),
            today(),
            user(),
            clock.instant());
    members.store(
        HistoryEntry.transferAcross(
            m,
            null,
            m.getOrganization(),
            t.getFromOrgName(),
            t.getOn(),
            t.getReason(),
            user(),
            clock.instant()));
    return stored(t, "audit.transfer.received");
  }

  /** A transfer the caller sends or receives; {@code receiving} for what only the receiver does. */
  private Transfer load(Long id, boolean receiving) {
    Scope scope = caller.get().scope();
    Transfer t = visible(id);
    boolean mine = receiving ? scope.covers(t.getToPath()) : scope.covers(t.getFromPath());
    if (!mine) {
      audit.refused("Transfer", id, "change");
      throw new NotFoundException("entity.transfer", id);
    }
    return t;
  }

  private TransferView decided(Transfer t, String key, Object... args) {
    audit.record(AuditAction.UPDATE, "Transfer", t.getId(), t.getMemberName(), key, args);
    return view(t);
  }

  @Override
  public TransferView accept(Long id) {
    Transfer t = load(id, true);
    t.accept(user(), clock.instant());
    Member m = em.find(Member.class, t.getMemberId());
    if (m.hasLeft() || !m.getOrganization().getId().equals(t.getFromOrgId())) {
      throw new ConflictException("transfer.stale", t.getMemberName());
    }
    Organization from = m.getOrganization();
    Organization to = em.find(Organization.class, t.getToOrgId());
    m.moveTo(to);
    members.store(
        HistoryEntry.transfer(m, from, to, today(), t.getReason(), user(), clock.instant()));
    return decided(t, "audit.transfer.accepted", t.getFromOrgName(), t.getToOrgName());
  }

  @Override
  public TransferView refuse(Long id, String note) {
    Transfer t = load(id, true);
    t.refuse(note, user(), clock.instant());
    return decided(t, "audit.transfer.refused", t.getDecisionNote());
  }

  @Override
  public TransferView cancel(Long id) {
    Transfer t = load(id, false);
    t.cancel(user(), clock.instant());
    return decided(t, "audit.transfer.cancelled");
  }

  /**
   * The receipt is back: the member leaves the group's rosters from that day, their cards are void,
   * and the transfer stays in their history and the register.
   */
  @Override
  public TransferView receiptReturned(Long id, LocalDate on) {
    Transfer t = load(id, false);
    if (t.getKind() != TransferKind.OUT) {
      throw new ConflictException("transfer.decided", t.getMemberName());
    }
    t.receiptReturned(on, today(), user(), clock.instant());
    Member m = em.find(Member.class, t.getMemberId());
    members.store(
        HistoryEntry.transferAcross(
            m,
            m.getOrganization(),
            null,
            t.getToOrgName(),
            t.getOn(),
            t.getReason(),
            user(),
            clock.instant()));
    for (Credential c : credentials.unrevoked(m.getId())) {
      c.revoke(Revocation.TRANSFERRED_OUT, null, on, user());
    }
    m.leave(on);
    return decided(t, "audit.transfer.receipt", t.getToOrgName(), on);
  }

  /** A transfer the caller sends or receives. */
  private Transfer visible(Long id) {
    Scope scope = caller.get().scope();
    return guard.load(
        Transfer.class,
        id,
        "entity.transfer",
        x -> scope.covers(x.getFromPath()) || scope.covers(x.getToPath()));
  }

  @Override
  public TransferView get(Long id) {
    return view(visible(id));
  }

  @Override
  public TransferList list(Long organizationId) {
    if (organizationId == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "transfer.organization.required")));
    }
    Organization org = guard.organization(organizationId);
    List<TransferView> overdue = new ArrayList<>();
    List<TransferView> toDecide = new ArrayList<>();
    List<TransferView> open = new ArrayList<>();
    List<TransferView> recent = new ArrayList<>();
    for (Transfer t : transfers.of(org.getPath(), RECENT)) {
      TransferView v = view(t);
      if (v.receiptOverdue()) {
        overdue.add(v);
      } else if (v.decidable()) {
        toDecide.add(v);
      } else if (t.getState().open()) {
        open.add(v);
      } else {
        recent.add(v);
      }
    }
    return new TransferList(org.getId(), org.getDisplayName(), overdue, toDecide, open, recent);
  }

  @Override
  public byte[] pdf(Long id) {
    Transfer t = visible(id);
    if (t.getKind() == TransferKind.WITHIN) {
      throw new NotFoundException("entity.transfer", id);
    }
    Member m = em.find(Member.class, t.getMemberId());
    byte[] pdf = printer.pdf(papers.paper(t, m));
    audit.record(
        AuditAction.EXPORT,
        "Transfer",
        t.getId(),
        t.getMemberName(),
        "audit.transfer.printed",
        t.getLetterNumber());
    return pdf;
  }

  private TransferView view(Transfer t) {
    Scope scope = caller.get().scope();
    boolean sender = scope.covers(t.getFromPath());
    boolean receiver = scope.covers(t.getToPath());
    return new TransferView(
        t.getId(),
        t.getKind(),
        t.getState(),
        t.getMemberId(),
        t.getMemberName(),
        t.getFromOrgName(),
        t.getToOrgName(),
        t.getReason(),
        t.getOn(),
        t.getLetterNumber(),
        t.getValidUntil(),
        t.receiptDue(),
        t.getReceiptOn(),
        t.receiptOverdue(today()),
        t.getDecisionNote(),
        receiver && t.getState() == TransferState.REQUESTED,
        sender && t.getState() == TransferState.REQUESTED,
        sender && t.getState() == TransferState.LETTER_ISSUED);
  }
}
