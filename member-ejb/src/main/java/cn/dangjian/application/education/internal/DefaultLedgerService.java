package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.education.LedgerRow;
import cn.dangjian.application.education.LedgerService;
import cn.dangjian.application.education.LedgerView;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.sheet.RowWriter;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.education.StudyEntry;
import cn.dangjian.domain.education.StudyRepository;
import cn.dangjian.domain.education.YearlyMinimum;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberName;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultLedgerService implements LedgerService {
  /** A company is about 20,000 members; the report reads them in one query. */
  private static final int MAX_REPORT = 100_000;

  @Inject StudyRepository studies;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject SheetFiles sheets;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
  public LedgerView mine(int year) {
    Caller me = caller.get();
    // an account without a member record (an auditor, say) has no ledger
    Member m =
        (me.memberId() == null ? Optional.<Member>empty() : members.find(me.memberId()))
            .orElseThrow(() -> new NotFoundException("entity.member", me.user()));
    List<StudyEntry> entries = studies.entries(m.getId(), first(year), last(year));
    BigDecimal studied =
        entries.stream().map(StudyEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean leader = !positions.committeeMembersAmong(List.of(m.getId()), dayOf(year)).isEmpty();
    return new LedgerView(
        m.getId(),
        m.getName(),
        year,
        studied,
        YearlyMinimum.of(leader),
        YearlyMinimum.remaining(leader, studied),
        entries.stream()
            .map(
                e ->
                    new LedgerView.Entry(
                        e.getStudiedOn(), e.getSource(), e.getTitle(), e.getHours()))
            .toList());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<LedgerRow> report(Long organizationId, int year) {
    return rows(organizationId, first(year), last(year), dayOf(year));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<LedgerRow> notStudiedInQuarter(Long organizationId, LocalDate day) {
    LocalDate from = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    return rows(organizationId, from, from.plusMonths(3).minusDays(1), day).stream()
        .filter(r -> r.studied().signum() == 0)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public void export(
      Long organizationId, int year, SheetFormat format, Locale locale, OutputStream out) {
    List<LedgerRow> rows = report(organizationId, year);
    Messages m = Messages.in(locale);
    try (RowWriter w = sheets.writer(format, out, m.text("study.sheet.name", year))) {
      w.row(
          List.of(
              m.text("study.sheet.member"),
              m.text("study.sheet.organization"),
              m.text("study.sheet.studied"),
              m.text("study.sheet.minimum"),
              m.text("study.sheet.remaining")));
      for (LedgerRow r : rows) {
        w.row(
            List.of(
                r.name(),
                r.organization(),
                r.studied().toPlainString(),
                r.minimum().toPlainString(),
                r.remaining().toPlainString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        AuditAction.EXPORT,
        "StudyLedger",
        null,
        null,
        "audit.study.exported",
        year,
        format.extension(),
        rows.size());
  }

  /** Hours in the period of every member of the subtree, in name order, with their minimum. */
  private List<LedgerRow> rows(Long organizationId, LocalDate from, LocalDate to, LocalDate on) {
    if (organizationId == null) {
      throw new ValidationException(List.of(new Violation("org", "study.organization.required")));
    }
    guard.organization(organizationId);
    List<MemberName> people =
        members.names(
            MemberQuery.all().inSubtree(organizationId), caller.get().scope(), MAX_REPORT);
    List<Long> ids = people.stream().map(MemberName::id).toList();
    Map<Long, BigDecimal> hours = studies.hours(ids, from, to);
    Set<Long> leaders = positions.committeeMembersAmong(ids, on);
    return people.stream()
        .map(
            r -> {
              BigDecimal studied = hours.getOrDefault(r.id(), BigDecimal.ZERO);
              boolean leader = leaders.contains(r.id());
              return new LedgerRow(
                  r.id(),
                  r.name(),
                  r.organization(),
                  studied,
                  YearlyMinimum.of(leader),
                  YearlyMinimum.remaining(leader, studied));
            })
        .toList();
  }

  private static LocalDate first(int year) {
    return LocalDate.of(year, 1, 1);
  }

  private static LocalDate last(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /** Whose minimum applies: the posts held today, or at the end of a past year. */
  private LocalDate dayOf(int year) {
    LocalDate today = LocalDate.now(clock);
    return today.getYear() == year ? today : last(year);
  }
}
