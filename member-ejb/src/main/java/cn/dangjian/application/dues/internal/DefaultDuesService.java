package cn.dangjian.application.dues.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.dues.DuesBaseData;
import cn.dangjian.application.dues.DuesBaseView;
import cn.dangjian.application.dues.DuesMonth;
import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.DuesSummary;
import cn.dangjian.application.dues.PaymentData;
import cn.dangjian.application.dues.Reconciliation;
import cn.dangjian.application.dues.ReliefData;
import cn.dangjian.application.dues.ReliefView;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.sheet.ColumnSheet;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.Upload;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.dues.DuesBase;
import cn.dangjian.domain.dues.DuesKind;
import cn.dangjian.domain.dues.DuesLine;
import cn.dangjian.domain.dues.DuesPayment;
import cn.dangjian.domain.dues.DuesRelief;
import cn.dangjian.domain.dues.DuesRepository;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.dues.ReliefStatus;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.org.OrganizationRepository;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultDuesService implements DuesService {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  private static final int MAX_LISTED_RELIEFS = 500;

  @Inject DuesRepository dues;
  @Inject MemberRepository members;
  @Inject OrganizationRepository organizations;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject DuesSheets sheets;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public DuesBaseView setBase(DuesBaseData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member m = guard.memberToChange(data.memberId());
    DuesBase b = base(m, data.year(), data.kind(), data.base(), "audit.dues.base");
    return new DuesBaseView(m.getId(), b.getYear(), b.getKind(), b.getBase(), b.getMonthly());
  }

  private DuesBase base(Member m, int year, DuesKind kind, BigDecimal base, String key) {
    DuesBase b = dues.base(m.getId(), year).orElse(null);
    if (b == null) {
      b = new DuesBase(m.getId(), year, kind, base, caller.get().user(), clock.instant());
      dues.store(b);
    } else {
      b.set(kind, base, caller.get().user(), clock.instant());
    }
    audit.record(
        AuditAction.UPDATE,
        "Member",
        m.getId(),
        m.getName(),
        key,
        year,
        b.getKind(),
        b.getBase().toPlainString(),
        b.getMonthly().toPlainString());
    return b;
  }

  @Override
  public DuesMonth.Row pay(PaymentData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member m = guard.memberToChange(data.memberId());
    DuesPayment p = payment(m, data.month(), data.method(), data.paidOn());
    dues.store(p);
    audit.record(
        AuditAction.UPDATE,
        "Member",
        m.getId(),
        m.getName(),
        "audit.dues.paid",
        data.month().toString(),
        p.getAmount().toPlainString(),
        p.getMethod(),
        p.getPaidOn());
    return month(m.getOrganization(), data.month(), List.of(m)).rows().get(0);
  }

  /** The month's payment at its dues (the relief's, else the base's), checked, not yet stored. */
  private DuesPayment payment(Member m, YearMonth month, PayMethod method, LocalDate paidOn) {
    if (dues.paid(m.getId(), DuesPayment.code(month))) {
      throw new ConflictException("dues.month.paid");
    }
    BigDecimal due =
        DuesRelief.due(
            dues.base(m.getId(), month.getYear()).map(DuesBase::getMonthly).orElse(null),
            dues.reliefs(List.of(m.getId()), DuesPayment.code(month), DuesPayment.code(month)),
            month);
    if (due != null && due.signum() == 0) {
      throw new ConflictException("dues.month.exempt");
    }
    return new DuesPayment(
        m, month, due, method, paidOn, LocalDate.now(clock), caller.get().user(), clock.instant());
  }

  @Override
  public DuesMonth month(Long organizationId, YearMonth month) {
    requireMonth(month);
    Organization org = organization(organizationId);
    return month(org, month, members.membersOf(org));
  }

  private Organization organization(Long id) {
    if (id == null) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "dues.organization.required")));
    }
    return guard.organization(id);
  }

  private static void requireMonth(YearMonth month) {
    if (month == null) {
      throw new ValidationException(List.of(new Violation("month", "dues.month.required")));
    }
  }

  private DuesMonth month(Organization org, YearMonth month, List<Member> people) {
    List<Long> ids = people.stream().map(Member::getId).toList();
    YearMonth from = month.minusMonths(DuesPayment.BACK_PAYMENT_MONTHS);
    Map<Integer, Map<Long, DuesBase>> bases = new HashMap<>();
    for (int year = from.getYear(); year <= month.getYear(); year++) {
      Map<Long, DuesBase> ofYear = new HashMap<>();
      dues.bases(ids, year).forEach(b -> ofYear.put(b.getMemberId(), b));
      bases.put(year, ofYear);
    }
    Map<Long, List<DuesRelief>> reliefs = new HashMap<>();
    for (DuesRelief r : dues.reliefs(ids, DuesPayment.code(from), DuesPayment.code(month))) {
      reliefs.computeIfAbsent(r.getMemberId(), k -> new ArrayList<>()).add(r);
    }
    Map<Long, Map<YearMonth, DuesPayment>> paid = new HashMap<>();
    for (DuesPayment p : dues.payments(ids, DuesPayment.code(from), DuesPayment.code(month))) {
      paid.computeIfAbsent(p.getMemberId(), k -> new HashMap<>()).put(p.getMonth(), p);
    }
    List<DuesMonth.Row> rows = new ArrayList<>();
    BigDecimal due = ZERO;
    BigDecimal received = ZERO;
    int withoutBase = 0;
    for (Member m : people) {
      Optional<YearMonth> owedFrom = DuesPayment.owedFrom(m);
      List<DuesRelief> mine = reliefs.getOrDefault(m.getId(), List.of());
      Map<YearMonth, DuesPayment> payments = paid.getOrDefault(m.getId(), Map.of());
      DuesBase b = bases.get(month.getYear()).get(m.getId());
      // Behind: an owed month of a year the branch kept a base for, neither paid nor exempted.
      List<String> behind = new ArrayList<>();
      for (YearMonth y = from; y.isBefore(month); y = y.plusMonths(1)) {
        YearMonth owed = y;
        DuesBase ofYear = bases.get(y.getYear()).get(m.getId());
        BigDecimal d = ofYear == null ? null : DuesRelief.due(ofYear.getMonthly(), mine, y);
        if (owedFrom.map(f -> !owed.isBefore(f)).orElse(false)
            && !payments.containsKey(y)
            && d != null
            && d.signum() > 0) {
          behind.add(y.toString());
        }
      }
      boolean owes = owedFrom.map(f -> !month.isBefore(f)).orElse(false);
      BigDecimal monthDue =
          owes ? DuesRelief.due(b == null ? null : b.getMonthly(), mine, month) : null;
      if (owes && monthDue == null) {
        withoutBase++;
      }
      if (monthDue != null) {
        due = due.add(monthDue);
      }
      DuesPayment now = payments.get(month);
      if (now != null) {
        received = received.add(now.getAmount());
      }
      rows.add(
          new DuesMonth.Row(
              m.getId(),
              m.getName(),
              b == null ? null : b.getKind(),
              b == null ? null : b.getBase(),
              monthDue,
              now == null ? null : now.getAmount(),
              now == null ? null : now.getPaidOn(),
              now == null ? null : now.getMethod(),
              behind,
              owes && mine.stream().anyMatch(r -> r.covers(month))));
    }
    return new DuesMonth(
        org.getId(), org.getDisplayName(), month.toString(), rows, due, received, withoutBase);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public DuesSummary summary(Long organizationId, YearMonth month) {
    requireMonth(month);
    Organization org = organization(organizationId);
    int code = DuesPayment.code(month);
    // Each row is the organization itself (its own members) or a child with its subtree.
    Map<String, Organization> rowOf = new LinkedHashMap<>();
    rowOf.put(org.getPath(), org);
    organizations.childrenOf(org).forEach(c -> rowOf.put(c.getPath(), c));
    Map<String, Tally> tallies = new TreeMap<>();
    rowOf.keySet().forEach(p -> tallies.put(p, new Tally()));
    List<DuesLine> payments = dues.paidIn(org.getPath(), code);
    for (DuesLine p : payments) {
      Tally t = tallies.get(rowPath(p.orgPath(), org, rowOf));
      t.paid = t.paid.add(p.amount());
      t.paidCount++;
    }
    for (Owed o : owed(org, month, payments)) {
      Tally t = tallies.get(rowPath(o.member().orgPath(), org, rowOf));
      t.members++;
      if (o.due() == null) {
        t.withoutBase++;
      } else {
        t.due = t.due.add(o.due());
        t.unpaid += o.unpaid() ? 1 : 0;
      }
    }
    List<DuesSummary.Row> rows = new ArrayList<>();
    Tally total = new Tally();
    rowOf.forEach(
        (path, o) -> {
          Tally t = tallies.get(path);
          total.add(t);
          if (o != org || t.members > 0 || t.paidCount > 0) {
            rows.add(t.row(o.getId(), o.getDisplayName()));
          }
        });
    return new DuesSummary(
        org.getId(),
        org.getDisplayName(),
        month.toString(),
        rows,
        total.row(org.getId(), org.getDisplayName()));
  }

  /** A member of the subtree who owes the month: the dues (none without a base), whether unpaid. */
  private record Owed(DuesLine member, BigDecimal due, boolean unpaid) {}

  /** The subtree's members owing the month, given its payments ({@code paidIn}). */
  private List<Owed> owed(Organization org, YearMonth month, List<DuesLine> payments) {
    int code = DuesPayment.code(month);
    Map<Long, BigDecimal> monthly = dues.monthlies(org.getPath(), month.getYear());
    Map<Long, BigDecimal> relieved = new HashMap<>();
    for (DuesRelief r : dues.approvedIn(org.getPath(), code)) {
      relieved.put(r.getMemberId(), r.getAmount());
    }
    Set<Long> payers = new HashSet<>();
    payments.forEach(p -> payers.add(p.memberId()));
    List<Owed> owed = new ArrayList<>();
    for (DuesLine m : dues.owing(org.getPath(), month.plusMonths(1).atDay(1))) {
      BigDecimal d = relieved.getOrDefault(m.memberId(), monthly.get(m.memberId()));
      owed.add(new Owed(m, d, d != null && d.signum() > 0 && !payers.contains(m.memberId())));
    }
    return owed;
  }

  /**
   * The row a record of the subtree counts in: the child holding it, or the organization itself.
   */
  private static String rowPath(String path, Organization org, Map<String, Organization> rowOf) {
    if (path.equals(org.getPath())) {
      return path;
    }
    int end = path.indexOf('/', org.getPath().length());
    String child = path.substring(0, end + 1);
    return rowOf.containsKey(child) ? child : org.getPath();
  }

  /** An organization's counts while the summary adds them up. */
  private static final class Tally {
    int members;
    BigDecimal due = ZERO;
    BigDecimal paid = ZERO;
    int paidCount;
    int unpaid;
    int withoutBase;

    void add(Tally t) {
      members += t.members;
      due = due.add(t.due);
      paid = paid.add(t.paid);
      paidCount += t.paidCount;
      unpaid += t.unpaid;
      withoutBase += t.withoutBase;
    }

    DuesSummary.Row row(Long id, String name) {
      return new DuesSummary.Row(id, name, members, due, paid, paidCount, unpaid, withoutBase);
    }
  }

  @Override
  public ReliefView requestRelief(ReliefData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member m = guard.memberToChange(data.memberId());
    DuesRelief r =
        new DuesRelief(
            m,
            data.from(),
            data.to(),
            data.amount(),
            data.reason(),
            data.decidedOn(),
            LocalDate.now(clock),
            caller.get().user(),
            clock.instant());
    for (DuesRelief other :
        dues.reliefs(
            List.of(m.getId()), DuesPayment.code(data.from()), DuesPayment.code(data.to()))) {
      if (other.overlaps(data.from(), data.to())) {
        throw new ConflictException(
            "dues.relief.overlaps", other.getFrom().toString(), other.getTo().toString());
      }
    }
    dues.store(r);
    Flush.now(em);
    audit.record(
        AuditAction.CREATE,
        "Member",
        m.getId(),
        m.getName(),
        "audit.dues.reliefRequested",
        data.from().toString(),
        data.to().toString(),
        r.getAmount().toPlainString(),
        r.getReason());
    return view(r);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public ReliefView approveRelief(Long reliefId, String note) {
    return review(reliefId, true, note);
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN})
  public ReliefView refuseRelief(Long reliefId, String note) {
    return review(reliefId, false, note);
  }

  private ReliefView review(Long reliefId, boolean approve, String note) {
    DuesRelief r = guard.load(DuesRelief.class, reliefId, "entity.duesRelief");
    if (approve) {
      r.approve(caller.get().user(), clock.instant(), note);
    } else {
      r.refuse(caller.get().user(), clock.instant(), note);
    }
    reviewed(r, approve ? "audit.dues.reliefApproved" : "audit.dues.reliefRefused");
    return view(r);
  }

  private void reviewed(DuesRelief r, String key) {
    Flush.now(em);
    audit.record(
        AuditAction.UPDATE,
        "Member",
        r.getMemberId(),
        r.getMemberName(),
        key,
        r.getFrom().toString(),
        r.getTo().toString(),
        r.getAmount().toPlainString(),
        r.getReviewNote() == null ? "" : r.getReviewNote());
  }

  @Override
  public List<ReliefView> reliefs(Long organizationId, ReliefStatus status) {
    Organization org = organization(organizationId);
    return dues
        .reliefsIn(
            org.getPath(), status == null ? ReliefStatus.REQUESTED : status, MAX_LISTED_RELIEFS)
        .stream()
        .map(DefaultDuesService::view)
        .toList();
  }

  private static ReliefView view(DuesRelief r) {
    return new ReliefView(
        r.getId(),
        r.getMemberId(),
        r.getMemberName(),
        r.getFrom().toString(),
        r.getTo().toString(),
        r.getAmount(),
        r.isExemption(),
        r.getReason(),
        r.getDecidedOn(),
        r.getStatus(),
        r.getRequestedBy(),
        r.getReviewedBy(),
        r.getReviewNote());
  }

  @Override
  public ImportReport importBases(
      Long organizationId, int year, InputStream upload, String fileName) throws IOException {
    if (year < 2000 || year > 2100) {
      throw new ValidationException(List.of(new Violation("year", "dues.year.required")));
    }
    Organization org = organization(organizationId);
    return Upload.read(
        upload,
        fileName,
        (file, name) -> {
          ImportProblems problems = new ImportProblems();
          DuesSheets.Read<DuesSheets.BaseRow> read = sheets.bases(file, name, problems);
          if (read.problems() != null) {
            return read.problems();
          }
          Map<String, Member> found =
              inSubtree(org, read.rows().stream().map(r -> r.citizenId()).toList());
          for (DuesSheets.BaseRow r : read.rows()) {
            named(
                found,
                org,
                r.row(),
                r.citizenId(),
                r.name(),
                DuesSheets.BaseColumn.CITIZEN_ID,
                DuesSheets.BaseColumn.NAME,
                problems);
          }
          if (problems.count() > 0) {
            return problems.report(read.rows().size() + read.unread());
          }
          for (DuesSheets.BaseRow r : read.rows()) {
            base(found.get(r.citizenId()), year, r.kind(), r.base(), "audit.dues.baseImported");
          }
          Flush.now(em);
          int n = read.rows().size();
          return new ImportReport(n, n, 0, List.of());
        });
  }

  /** Ids asked for in one query: a whole company's file in a few. */
  private static final int IN_LIST = 1000;

  @Override
  public ImportReport importPaidHistory(Long organizationId, InputStream upload, String fileName)
      throws IOException {
    Organization org = organization(organizationId);
    return Upload.read(
        upload,
        fileName,
        (file, name) -> {
          ImportProblems problems = new ImportProblems();
          DuesSheets.Read<DuesSheets.PaidRow> read = sheets.paid(file, name, true, problems);
          if (read.problems() != null) {
            return read.problems();
          }
          List<DuesPayment> payments = paperPayments(org, read.rows(), problems);
          if (problems.count() > 0) {
            return problems.report(read.rows().size() + read.unread());
          }
          payments.forEach(dues::store);
          Flush.now(em);
          audit.record(
              AuditAction.UPDATE,
              "Organization",
              org.getId(),
              org.getName(),
              "audit.dues.paperHistory",
              org.getDisplayName(),
              payments.size(),
              name);
          return new ImportReport(payments.size(), payments.size(), 0, List.of());
        });
  }

  /** Each row checked against the members, what is recorded already and the file's other rows. */
  private List<DuesPayment> paperPayments(
      Organization org, List<DuesSheets.PaidRow> rows, ImportProblems problems) {
    Map<String, Member> found = inSubtree(org, rows.stream().map(r -> r.citizenId()).toList());
    int from = rows.stream().mapToInt(r -> DuesPayment.code(r.month())).min().orElse(0);
    int to = rows.stream().mapToInt(r -> DuesPayment.code(r.month())).max().orElse(0);
    Set<String> recorded = new HashSet<>();
    List<Long> ids = found.values().stream().map(Member::getId).toList();
    for (int i = 0; i < ids.size(); i += IN_LIST) {
      dues.payments(ids.subList(i, Math.min(ids.size(), i + IN_LIST)), from, to)
          .forEach(p -> recorded.add(p.getMemberId() + "/" + DuesPayment.code(p.getMonth())));
    }
    Map<String, Integer> firstRow = new HashMap<>();
    LocalDate today = LocalDate.now(clock);
    List<DuesPayment> payments = new ArrayList<>();
    for (DuesSheets.PaidRow r : rows) {
      Member m =
          named(
              found,
              org,
              r.row(),
              r.citizenId(),
              r.name(),
              DuesSheets.PaidColumn.CITIZEN_ID,
              DuesSheets.PaidColumn.NAME,
              problems);
      if (m == null) {
        continue;
      }
      String key = m.getId() + "/" + DuesPayment.code(r.month());
      Integer first = firstRow.putIfAbsent(key, r.row());
      if (first != null) {
        problems.add(r.row(), DuesSheets.PaidColumn.MONTH.header(), "dues.history.twice", first);
        continue;
      }
      if (recorded.contains(key)) {
        problems.add(r.row(), DuesSheets.PaidColumn.MONTH.header(), "dues.history.paid");
        continue;
      }
      try {
        payments.add(
            DuesPayment.fromPaper(
                m,
                r.month(),
                r.amount(),
                r.method(),
                r.paidOn(),
                today,
                caller.get().user(),
                clock.instant()));
      } catch (ValidationException e) {
        for (Violation v : e.violations()) {
          problems.add(r.row(), paperColumn(v.field()).header(), v.key(), v.args().toArray());
        }
      }
    }
    return payments;
  }

  private static DuesSheets.PaidColumn paperColumn(String field) {
    for (DuesSheets.PaidColumn c : DuesSheets.PaidColumn.values()) {
      if (c.field.equals(field)) {
        return c;
      }
    }
    return field.equals("method") ? DuesSheets.PaidColumn.PAY_METHOD : DuesSheets.PaidColumn.MONTH;
  }

  /** The row's member of the subtree under the same name; otherwise the row's problem, and null. */
  private static Member named(
      Map<String, Member> found,
      Organization org,
      int row,
      String citizenId,
      String name,
      ColumnSheet.Column idColumn,
      ColumnSheet.Column nameColumn,
      ImportProblems problems) {
    Member m = found.get(citizenId);
    if (m == null) {
      problems.add(row, idColumn.header(), "dues.sheet.notMember", org.getDisplayName());
      return null;
    }
    if (!m.getName().equals(name)) {
      problems.add(row, nameColumn.header(), "dues.sheet.nameDiffers", m.getName());
      return null;
    }
    return m;
  }

  /** The members of the organization's subtree holding these citizen ids, by citizen id. */
  private Map<String, Member> inSubtree(Organization org, Collection<String> citizenIds) {
    Map<String, Member> found = new HashMap<>();
    members
        .byCitizenIds(new HashSet<>(citizenIds))
        .forEach(
            (id, m) -> {
              if (m.getOrgPath().startsWith(org.getPath())) {
                found.put(id, m);
              }
            });
    return found;
  }

  @Override
  public Reconciliation importStatement(
      Long organizationId, PayMethod method, boolean preview, InputStream upload, String fileName)
      throws IOException {
    if (method == null || method == PayMethod.CASH) {
      throw new ValidationException(List.of(new Violation("method", "dues.sheet.method")));
    }
    Organization org = organization(organizationId);
    return Upload.read(
        upload,
        fileName,
        (file, name) -> {
          ImportProblems problems = new ImportProblems();
          DuesSheets.Read<DuesSheets.PaidRow> read = sheets.paid(file, name, false, problems);
          ImportReport unreadable =
              read.problems() != null
                  ? read.problems()
                  : problems.count() > 0
                      ? problems.report(read.rows().size() + read.unread())
                      : null;
          if (unreadable != null) {
            return new Reconciliation(preview, 0, 0, ZERO, List.of(), List.of(), unreadable);
          }
          return reconcile(org, method, preview, read.rows(), name);
        });
  }

  private Reconciliation reconcile(
      Organization org,
      PayMethod method,
      boolean preview,
      List<DuesSheets.PaidRow> rows,
      String file) {
    Map<String, Member> found = inSubtree(org, rows.stream().map(r -> r.citizenId()).toList());
    Set<String> seen = new HashSet<>();
    Set<YearMonth> statementMonths = new HashSet<>();
    List<Reconciliation.Line> lines = new ArrayList<>();
    List<DuesPayment> matched = new ArrayList<>();
    Map<DuesPayment, Member> payer = new HashMap<>();
    BigDecimal matchedAmount = ZERO;
    for (DuesSheets.PaidRow r : rows) {
      statementMonths.add(r.month());
      Member m = found.get(r.citizenId());
      String month = r.month().toString();
      if (m == null || !m.getName().equals(r.name())) {
        lines.add(
            line(
                r,
                null,
                Reconciliation.Outcome.UNKNOWN,
                "dues.reconcile.unknown",
                org.getDisplayName()));
        continue;
      }
      if (!seen.add(m.getId() + "/" + month)) {
        lines.add(line(r, null, Reconciliation.Outcome.ALREADY_PAID, "dues.reconcile.twice"));
        continue;
      }
      DuesPayment p;
      try {
        p = payment(m, r.month(), method, r.paidOn());
      } catch (ConflictException e) {
        lines.add(
            line(
                r,
                null,
                e.key().equals("dues.month.paid")
                    ? Reconciliation.Outcome.ALREADY_PAID
                    : Reconciliation.Outcome.REFUSED,
                e.key()));
        continue;
      } catch (ValidationException e) {
        Violation v = e.violations().get(0);
        lines.add(line(r, null, Reconciliation.Outcome.REFUSED, v.key(), v.args().toArray()));
        continue;
      }
      if (p.getAmount().compareTo(r.amount()) != 0) {
        lines.add(
            line(
                r,
                p.getAmount(),
                Reconciliation.Outcome.DIFFERS,
                "dues.reconcile.differs",
                r.amount().toPlainString(),
                p.getAmount().toPlainString()));
        continue;
      }
      lines.add(line(r, p.getAmount(), Reconciliation.Outcome.MATCHED, "dues.reconcile.matched"));
      matched.add(p);
      payer.put(p, m);
      matchedAmount = matchedAmount.add(p.getAmount());
    }
    if (!preview) {
      for (DuesPayment p : matched) {
        dues.store(p);
      }
      Flush.now(em);
      for (DuesPayment p : matched) {
        Member m = payer.get(p);
        audit.record(
            AuditAction.UPDATE,
            "Member",
            m.getId(),
            m.getName(),
            "audit.dues.paidByStatement",
            p.getMonth().toString(),
            p.getAmount().toPlainString(),
            p.getMethod(),
            p.getPaidOn(),
            file);
      }
    }
    List<Reconciliation.Missing> missing = new ArrayList<>();
    for (YearMonth month : new TreeSet<>(statementMonths)) {
      List<Owed> unpaid =
          owed(org, month, dues.paidIn(org.getPath(), DuesPayment.code(month))).stream()
              .filter(o -> o.unpaid() && !seen.contains(o.member().memberId() + "/" + month))
              .limit(ImportReport.MAX_LISTED)
              .toList();
      Map<Long, String> names =
          dues.names(unpaid.stream().map(o -> o.member().memberId()).toList());
      for (Owed o : unpaid) {
        missing.add(
            new Reconciliation.Missing(
                o.member().memberId(),
                names.get(o.member().memberId()),
                month.toString(),
                o.due()));
      }
    }
    return new Reconciliation(
        preview, rows.size(), matched.size(), matchedAmount, lines, missing, null);
  }

  private static Reconciliation.Line line(
      DuesSheets.PaidRow r,
      BigDecimal due,
      Reconciliation.Outcome outcome,
      String key,
      Object... args) {
    return new Reconciliation.Line(
        r.row(), r.name(), r.month().toString(), r.amount(), due, outcome, key, List.of(args));
  }
}
