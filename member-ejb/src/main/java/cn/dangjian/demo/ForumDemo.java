package cn.dangjian.demo;

import cn.dangjian.domain.education.BoardKind;
import cn.dangjian.domain.education.ForumPost;
import cn.dangjian.domain.education.ForumRepository;
import cn.dangjian.domain.education.ForumThread;
import cn.dangjian.domain.member.PositionRepository;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * 党员论坛 in use: threads with replies on each company's first production branch's board, and on the
 * company's secretaries' board.
 */
@ApplicationScoped
public class ForumDemo implements DemoContributor {
  @Inject ForumRepository forum;
  @Inject PositionRepository positions;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    Random rnd = new Random(group.seed() + 4);
    Instant start = group.at().minus(Duration.ofDays(20));
    for (DemoGroup.Company company : group.companies()) {
      Organization committee = em.find(Organization.class, company.committeeId());
      List<Long> secretaries = positions.branchSecretariesUnder(committee.getPath(), group.today());
      discuss(committee, BoardKind.SECRETARIES, secretaries, "secretaries", words, rnd, start);
      if (!company.productionBranchIds().isEmpty()) {
        Organization branch = em.find(Organization.class, company.productionBranchIds().get(0));
        List<Long> members =
            em.createQuery(
                    "SELECT m.id FROM PartyMember m WHERE m.orgPath LIKE :p ORDER BY m.id",
                    Long.class)
                .setParameter("p", branch.getPath() + "%")
                .setMaxResults(20)
                .getResultList();
        discuss(branch, BoardKind.MEMBERS, members, "members", words, rnd, start);
      }
    }
  }

  private void discuss(
      Organization board,
      BoardKind kind,
      List<Long> people,
      String words,
      Vocabulary vocabulary,
      Random rnd,
      Instant start) {
    if (people.isEmpty()) {
      return;
    }
    Instant at = start;
    for (String thread : vocabulary.word("forum." + words + ".threads").split(";")) {
      String[] titleAndText = thread.split("\\|", 2);
      Long author = people.get(rnd.nextInt(people.size()));
      ForumThread t = new ForumThread(board, kind, titleAndText[0], author, at);
      forum.store(t);
      forum.store(new ForumPost(t, author, titleAndText[1], at));
      for (int r = 0; r < 2; r++) {
        at = at.plus(Duration.ofHours(3 + rnd.nextInt(20)));
        forum.store(
            new ForumPost(
                t,
                people.get(rnd.nextInt(people.size())),
                vocabulary.pick("forum." + words + ".replies", rnd),
                at));
      }
      at = at.plus(Duration.ofDays(2));
    }
  }
}
