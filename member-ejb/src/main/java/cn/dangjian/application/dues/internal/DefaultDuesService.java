package cn.dangjian.application.dues.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.dues.DuesBaseData;
import cn.dangjian.application.dues.DuesBaseView;
import cn.dangjian.application.dues.DuesMonth;
import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.PaymentData;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.dues.DuesBase;
import cn.dangjian.domain.dues.DuesPayment;
import cn.dangjian.domain.dues.DuesRepository;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.Constraints;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultDuesService implements DuesService {
  @Inject DuesRepository dues;
  @Inject MemberRepository members;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  public DuesBaseView setBase(DuesBaseData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member m = guard.memberToChange(data.memberId());
    DuesBase b = dues.base(m.getId(), data.year()).orElse(null);
    if (b == null) {
      b =
          new DuesBase(
              m.getId(),
              data.year(),
              data.kind(),
              data.base(),
              caller.get().user(),
              clock.instant());
      dues.store(b);
    } else {
      b.set(data.kind(), data.base(), caller.get().user(), clock.instant());
    }
    audit.record(
        AuditAction.UPDATE,
        "Member",
        m.getId(),
        m.getName(),
        "audit.dues.base",
        data.year(),
        b.getKind(),
        b.getBase().toPlainString(),
        b.getMonthly().toPlainString());
    return new DuesBaseView(m.getId(), b.getYear(), b.getKind(), b.getBase(), b.getMonthly());
  }

  @Override
  public DuesMonth.Row pay(PaymentData data) {
    List<Violation> problems = Constraints.of(data);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Member m = guard.memberToChange(data.memberId());
    if (dues.paid(m.getId(), DuesPayment.code(data.month()))) {
      throw new ConflictException("dues.month.paid");
    }
    BigDecimal due =
        dues.base(m.getId(), data.month().getYear()).map(DuesBase::getMonthly).orElse(null);
    DuesPayment p =
        new DuesPayment(
            m,
            data.month(),
            due,
            data.method(),
            data.paidOn(),
            LocalDate.now(clock),
            caller.get().user(),
            clock.instant());
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

  @Override
  public DuesMonth month(Long organizationId, YearMonth month) {
    if (month == null) {
      throw new ValidationException(List.of(new Violation("month", "dues.month.required")));
    }
    Organization org = guard.organization(organizationId);
    return month(org, month, members.membersOf(org));
  }

  private DuesMonth month(Organization org, YearMonth month, List<Member> people) {
    List<Long> ids = people.stream().map(Member::getId).toList();
    Map<Long, DuesBase> bases = new HashMap<>();
    dues.bases(ids, month.getYear()).forEach(b -> bases.put(b.getMemberId(), b));
    YearMonth from = month.minusMonths(DuesPayment.BACK_PAYMENT_MONTHS);
    Map<Long, Map<YearMonth, DuesPayment>> paid = new HashMap<>();
    for (DuesPayment p : dues.payments(ids, DuesPayment.code(from), DuesPayment.code(month))) {
      paid.computeIfAbsent(p.getMemberId(), k -> new HashMap<>()).put(p.getMonth(), p);
    }
    List<DuesMonth.Row> rows = new ArrayList<>();
    BigDecimal due = BigDecimal.ZERO.setScale(2);
    BigDecimal received = BigDecimal.ZERO.setScale(2);
    int withoutBase = 0;
    for (Member m : people) {
      Optional<YearMonth> owedFrom = DuesPayment.owedFrom(m);
      boolean owes = owedFrom.map(f -> !month.isBefore(f)).orElse(false);
      DuesBase b = bases.get(m.getId());
      Map<YearMonth, DuesPayment> mine = paid.getOrDefault(m.getId(), Map.of());
      DuesPayment now = mine.get(month);
      List<String> behind = new ArrayList<>();
      for (YearMonth y = from; y.isBefore(month); y = y.plusMonths(1)) {
        YearMonth owed = y;
        if (owedFrom.map(f -> !owed.isBefore(f)).orElse(false) && !mine.containsKey(y)) {
          behind.add(y.toString());
        }
      }
      BigDecimal monthDue = owes && b != null ? b.getMonthly() : null;
      if (owes && b == null) {
        withoutBase++;
      }
      if (monthDue != null) {
        due = due.add(monthDue);
      }
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
              behind));
    }
    return new DuesMonth(
        org.getId(), org.getDisplayName(), month.toString(), rows, due, received, withoutBase);
  }
}
