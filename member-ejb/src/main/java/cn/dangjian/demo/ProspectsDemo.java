package cn.dangjian.demo;

import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.Applicant;
import cn.dangjian.domain.recruitment.ContactKind;
import cn.dangjian.domain.recruitment.Opinion;
import cn.dangjian.domain.recruitment.OpinionSide;
import cn.dangjian.domain.recruitment.Prospect;
import cn.dangjian.domain.recruitment.ProspectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;

/**
 * Each company's first production branch has five people in sight, guided by its first full members
 * since the spring, each with a talk and an activity; the first has an opinion heard from their
 * team, the last was let go when they moved away.
 */
@ApplicationScoped
public class ProspectsDemo implements DemoContributor {
  private static final int PEOPLE = 5;

  @Inject ProspectRepository prospects;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    LocalDate today = group.today();
    LocalDate since = today.minusMonths(5);
    for (DemoGroup.Company company : group.companies()) {
      Long branchId = company.productionBranchIds().get(0);
      Organization branch = em.find(Organization.class, branchId);
      List<Member> guides =
          em.createQuery(
                  "SELECT m FROM PartyMember m WHERE m.organization = :o AND m.category = :c"
                      + " ORDER BY m.id",
                  Member.class)
              .setParameter("o", branch)
              .setParameter("c", Category.FULL)
              .setMaxResults(PEOPLE)
              .getResultList();
      for (int i = 0; i < PEOPLE && !guides.isEmpty(); i++) {
        MemberData d = group.newPerson().apply(branchId);
        Prospect p =
            Prospect.of(
                new Applicant(
                    d.getName(),
                    d.getSex(),
                    d.getCitizenId(),
                    d.getEthnicity(),
                    d.getBirthDate(),
                    d.getEducation() == null ? Education.HIGH_SCHOOL : d.getEducation(),
                    d.getPhone(),
                    words.list("prospect.posts").get(i),
                    i != 1,
                    i == 1,
                    i == 0,
                    null),
                branch,
                guides.get(i % guides.size()),
                since.plusDays(7L * i),
                today,
                "demo",
                group.at());
        p.contact(
            ContactKind.TALK,
            since.plusDays(7L * i + 14),
            words.list("prospect.talks").get(i % 3),
            today,
            "demo");
        p.contact(
            ContactKind.ACTIVITY,
            since.plusDays(7L * i + 45),
            words.list("prospect.activities").get(i % 3),
            today,
            "demo");
        prospects.store(p);
        em.flush();
        if (i == 0) {
          prospects.store(
              Opinion.on(
                  p,
                  since.plusDays(60),
                  words.word("prospect.opinion.giver"),
                  OpinionSide.OUTSIDE,
                  words.word("prospect.opinion.content"),
                  today,
                  "demo",
                  group.at()));
        }
        if (i == PEOPLE - 1) {
          p.drop(words.word("prospect.dropped"), today.minusDays(10));
        }
      }
    }
  }
}
