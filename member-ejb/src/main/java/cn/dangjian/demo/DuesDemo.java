package cn.dangjian.demo;

import cn.dangjian.domain.dues.DuesBase;
import cn.dangjian.domain.dues.DuesKind;
import cn.dangjian.domain.dues.DuesPayment;
import cn.dangjian.domain.dues.DuesRelief;
import cn.dangjian.domain.dues.PayMethod;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * A year of 党费 so far: every member's base for the year (pay or pension, seeded), each month paid
 * by payroll deduction or transfer around the 15th of the next month (a few members behind), and in
 * the first company an exemption approved and a reduction awaiting its committee.
 */
@ApplicationScoped
public class DuesDemo implements DemoContributor {
  /** The members given dues, the first by id: all of a demo group, a part of the benchmark's. */
  private static final int MEMBERS = 3000;

  /** How many members in a hundred pay each month on time. */
  private static final int ON_TIME = 94;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Random rnd = new Random(group.seed() + 11);
    LocalDate today = group.today();
    YearMonth now = YearMonth.from(today);
    List<Member> people =
        em.createQuery("SELECT m FROM PartyMember m ORDER BY m.id", Member.class)
            .setMaxResults(MEMBERS)
            .getResultList();
    Long exempt = reliefs(group, today);
    int n = 0;
    for (Member m : people) {
      boolean retired = m.getEmployment() == Employment.RETIRED;
      DuesKind kind = retired ? DuesKind.PENSION : DuesKind.SALARY;
      // pay after tax between 3,000 and 12,000 yuan, pensions between 2,500 and 6,500, to the fen
      BigDecimal base =
          BigDecimal.valueOf(
              retired ? 250_000 + rnd.nextInt(400_000) : 300_000 + rnd.nextInt(900_000), 2);
      DuesBase b = new DuesBase(m.getId(), now.getYear(), kind, base, "demo", group.at());
      em.persist(b);
      boolean behind = rnd.nextInt(100) >= ON_TIME;
      YearMonth first = YearMonth.from(m.getJoinDate());
      for (YearMonth y = YearMonth.of(now.getYear(), 1); y.isBefore(now); y = y.plusMonths(1)) {
        // one who fell behind stopped paying three months ago
        if (y.isBefore(first)
            || behind && !y.isBefore(now.minusMonths(3))
            || m.getId().equals(exempt)) {
          continue;
        }
        LocalDate paidOn = y.plusMonths(1).atDay(10 + rnd.nextInt(10));
        if (paidOn.isAfter(today)) {
          paidOn = today;
        }
        em.persist(
            new DuesPayment(
                m,
                y,
                b.getMonthly(),
                rnd.nextInt(10) < 8 ? PayMethod.PAYROLL : PayMethod.TRANSFER,
                paidOn,
                today,
                "demo",
                group.at()));
      }
      if (++n % 500 == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
  }

  /**
   * In the first company's first branch, to its last members (not the secretary, its first): one
   * exemption approved for the year, one reduction still asked; the exempted member's id.
   */
  private Long reliefs(DemoGroup group, LocalDate today) {
    Vocabulary words = Vocabulary.load();
    Long branch = group.companies().get(0).productionBranchIds().get(0);
    List<Member> members =
        em.createQuery(
                "SELECT m FROM PartyMember m WHERE m.organization.id = :b ORDER BY m.id DESC",
                Member.class)
            .setParameter("b", branch)
            .setMaxResults(2)
            .getResultList();
    if (members.size() < 2) {
      return null;
    }
    YearMonth now = YearMonth.from(today);
    DuesRelief exempt =
        new DuesRelief(
            members.get(0),
            YearMonth.of(now.getYear(), 1),
            YearMonth.of(now.getYear(), 12),
            BigDecimal.ZERO,
            words.word("dues.relief.exempt"),
            LocalDate.of(now.getYear(), 1, 8).isAfter(today)
                ? today
                : LocalDate.of(now.getYear(), 1, 8),
            today,
            "demo-branch",
            group.at());
    exempt.approve("demo-committee", group.at(), words.word("dues.relief.approved"));
    em.persist(exempt);
    em.persist(
        new DuesRelief(
            members.get(1),
            now,
            YearMonth.of(now.getYear(), 12),
            new BigDecimal("5.00"),
            words.word("dues.relief.reduced"),
            today,
            today,
            "demo-branch",
            group.at()));
    return members.get(0).getId();
  }
}
