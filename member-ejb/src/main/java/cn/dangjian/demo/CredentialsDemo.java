package cn.dangjian.demo;

import cn.dangjian.domain.credential.Credential;
import cn.dangjian.domain.credential.CredentialRepository;
import cn.dangjian.domain.credential.Revocation;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;

/**
 * Cards for the members of each company's first production branch, issued at the start of the year;
 * the second member's card was lost and reissued in spring, and the third holds a certificate of
 * membership issued a month ago.
 */
@ApplicationScoped
public class CredentialsDemo implements DemoContributor {
  @Inject CredentialRepository credentials;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    LocalDate issued = group.today().withDayOfYear(1).plusDays(9);
    LocalDate reissued = issued.plusMonths(3);
    for (DemoGroup.Company company : group.companies()) {
      Organization branch = em.find(Organization.class, company.productionBranchIds().get(0));
      List<Member> members =
          em.createQuery(
                  "SELECT m FROM PartyMember m WHERE m.organization = :o ORDER BY m.id",
                  Member.class)
              .setParameter("o", branch)
              .getResultList();
      for (int i = 0; i < members.size(); i++) {
        Member m = members.get(i);
        Credential card = Credential.card(m, branch, issued, "demo", group.at());
        credentials.store(card);
        if (i == 1 && !reissued.isAfter(group.today())) {
          card.revoke(Revocation.LOST, words.word("credential.lost"), reissued, "demo");
          credentials.store(Credential.card(m, branch, reissued, "demo", group.at()));
        }
        if (i == 2) {
          credentials.store(
              Credential.certificate(
                  m,
                  branch,
                  words.word("credential.purpose"),
                  3,
                  group.today().minusMonths(1),
                  "demo",
                  group.at()));
        }
      }
    }
  }
}
