package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.education.LedgerCoverage;
import cn.dangjian.application.education.LedgerReport;
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
import cn.dangjian.domain.education.StudyYear;
import cn.dangjian.domain.education.SubtreeFigures;
import cn.dangjian.domain.education.YearFigures;
import cn.dangjian.domain.education.YearLine;
import cn.dangjian.domain.education.YearlyMinimum;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultLedgerService implements LedgerService {
  private static final Logger LOG = Logger.getLogger(DefaultLedgerService.class.getName());

  /** The export holds every member of the subtree, the whole group at most. */
  private static final int MAX_REPORT = 100_000;

  private static final int MAX_PAGE = 500;
  private static final int MAX_NAMED = 200;

  @Inject StudyRepository studies;
  @Inject MemberRepository members;
  @Inject PositionRepository positions;
  @Inject OrganizationRepository organizations;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject SheetFiles sheets;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject StudyTallies tallies;

  /** Organizations up to this many members are counted for each answer, larger ones tallied. */
  @Inject
  @ConfigProperty(name = "dangjian.ledger.liveUpTo", defaultValue = "2000")
  long liveUpTo;

  @Inject
  @ConfigProperty(name = "dangjian.ledger.tallyMaxAge", defaultValue = "PT10M")
  Duration tallyMaxAge;

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
  public LedgerReport report(Long organizationId, int year, boolean onlyShort, int first, int max) {
    Organization org = organization(organizationId);
    LocalDate on = dayOf(year);
    Optional<Tallied> tallied = tallied(org, year);
    YearFigures all =
        tallied
            .map(t -> t.figures().figures())
            .orElseGet(() -> studies.figures(org.getPath(), year, on));
    Map<Long, YearFigures> byId =
        tallied.isPresent()
            ? studies.talliedUnder(org.getId(), year).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().figures()))
            : studies.figuresUnder(org.getId(), year, on);
    List<LedgerReport.Under> under =
        under(
            org, byId, (c, f) -> new LedgerReport.Under(c.getId(), c.getDisplayName(), figures(f)));
    int page = Math.max(1, Math.min(max, MAX_PAGE));
    List<LedgerRow> rows =
        studies.lines(org.getPath(), year, on, onlyShort, Math.max(0, first), page).stream()
            .map(DefaultLedgerService::row)
            .toList();
    return new LedgerReport(
        org.getId(),
        org.getDisplayName(),
        year,
        figures(all),
        under,
        onlyShort ? all.shortOf() : all.members(),
        Math.max(0, first),
        page,
        rows,
        tallied.map(Tallied::at).orElse(null));
  }

  private record Tallied(SubtreeFigures figures, Instant at) {}

  /** The organizations directly under {@code org} that have figures, in the tree's order. */
  private <F, T> List<T> under(
      Organization org, Map<Long, F> byId, BiFunction<Organization, F, T> row) {
    return organizations.childrenOf(org).stream()
        .filter(c -> byId.containsKey(c.getId()))
        .map(c -> row.apply(c, byId.get(c.getId())))
        .toList();
  }

  /**
   * The tallied figures of an organization with more than {@code liveUpTo} members, the tally
   * counted again first when it is older than {@code maxAge}; empty for a smaller one, whose
   * figures are counted for each answer (a branch sees attendance as soon as it is recorded).
   */
  private Optional<Tallied> tallied(Organization org, int year) {
    Optional<Instant> at = studies.talliedAt(year);
    Optional<SubtreeFigures> large = large(org, year);
    if (at.isPresent() && large.isEmpty()) {
      return Optional.empty(); // a small subtree never waits for the group's count
    }
    Instant now = clock.instant();
    if (at.filter(a -> a.isAfter(now.minus(tallyMaxAge))).isEmpty() && claim(year)) {
      count(year);
      at = studies.talliedAt(year);
      large = large(org, year);
    }
    // a stale tally still answers while another server counts it; none yet: counted here
    Optional<SubtreeFigures> figures = large;
    return at.flatMap(a -> figures.map(f -> new Tallied(f, a)));
  }

  private Optional<SubtreeFigures> large(Organization org, int year) {
    return studies.tallied(org.getId(), year).filter(f -> f.figures().members() > liveUpTo);
  }

  private void count(int year) {
    try {
      tallies.count(year, dayOf(year));
    } catch (EJBException e) {
      // the report answers from the tally there is, or counts its own; the claim expires
      LOG.log(Level.WARNING, "Study tally of " + year + " not counted", e);
    }
  }

  private boolean claim(int year) {
    try {
      return tallies.claim(year, tallyMaxAge);
    } catch (EJBException e) {
      return false; // another server made the year's first claim at the same moment
    }
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public LedgerCoverage notStudiedInQuarter(Long organizationId, LocalDate day) {
    Organization org = organization(organizationId);
    int quarter = StudyYear.quarterOf(day);
    LocalDate from = LocalDate.of(day.getYear(), quarter * 3 - 2, 1);
    LocalDate to = from.plusMonths(3).minusDays(1);
    Optional<Tallied> tallied = tallied(org, day.getYear());
    Map<Long, SubtreeFigures> byId =
        tallied.isPresent() ? studies.talliedUnder(org.getId(), day.getYear()) : Map.of();
    if (!byId.isEmpty()) {
      return new LedgerCoverage(
          from,
          to,
          tallied.orElseThrow().figures().quietIn(quarter),
          List.of(),
          under(
              org,
              byId,
              (c, f) ->
                  new LedgerCoverage.Under(
                      c.getId(), c.getDisplayName(), f.figures().members(), f.quietIn(quarter))),
          tallied.orElseThrow().at());
    }
    // a small organization, or one with no organizations under it: its members by name
    return new LedgerCoverage(
        from,
        to,
        tallied
            .map(t -> t.figures().quietIn(quarter))
            .orElseGet(() -> studies.countWithout(org.getPath(), day.getYear(), quarter)),
        studies.without(org.getPath(), day.getYear(), quarter, MAX_NAMED).stream()
            .map(DefaultLedgerService::row)
            .toList(),
        List.of(),
        tallied.map(Tallied::at).orElse(null));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public void export(
      Long organizationId, int year, SheetFormat format, Locale locale, OutputStream out) {
    Organization org = organization(organizationId);
    List<LedgerRow> rows =
        studies.lines(org.getPath(), year, dayOf(year), false, 0, MAX_REPORT).stream()
            .map(DefaultLedgerService::row)
            .toList();
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

  private Organization organization(Long organizationId) {
    if (organizationId == null) {
      throw new ValidationException(List.of(new Violation("org", "study.organization.required")));
    }
    return guard.organization(organizationId);
  }

  private static LedgerRow row(YearLine l) {
    return new LedgerRow(
        l.memberId(),
        l.name(),
        l.organization(),
        l.hours(),
        YearlyMinimum.of(l.leader()),
        YearlyMinimum.remaining(l.leader(), l.hours()));
  }

  private static LedgerReport.Figures figures(YearFigures f) {
    return new LedgerReport.Figures(f.members(), f.hours(), f.reached(), f.shortOf(), f.none());
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
