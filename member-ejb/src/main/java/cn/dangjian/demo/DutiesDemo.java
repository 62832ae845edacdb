package cn.dangjian.demo;

import cn.dangjian.domain.duty.DutyRepository;
import cn.dangjian.domain.duty.DutyTemplate;
import cn.dangjian.domain.duty.DutyText;
import cn.dangjian.domain.duty.MemberDuty;
import cn.dangjian.domain.duty.Post;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/**
 * The group's templates of duties and rights (every member's, the branch posts', two work posts),
 * the first company's own for its coal miners, and one member of its first production branch with
 * duties adjusted for a safety responsibility area (党员责任区).
 */
@ApplicationScoped
public class DutiesDemo implements DemoContributor {
  @Inject DutyRepository duties;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    Vocabulary words = Vocabulary.load();
    Organization root =
        em.createQuery("SELECT o FROM Organization o WHERE o.parent IS NULL", Organization.class)
            .getResultList()
            .get(0);
    write(root, Post.membership(), words, "duty.member", group);
    for (PositionRole role :
        List.of(
            PositionRole.SECRETARY,
            PositionRole.ORGANIZATION_COMMITTEE_MEMBER,
            PositionRole.GROUP_LEADER)) {
      write(root, Post.party(role), words, "duty." + role.name(), group);
    }
    for (String post : words.list("duty.work.posts")) {
      write(root, Post.work(post), words, "duty.work." + post, group);
    }
    DemoGroup.Company first = group.companies().get(0);
    Organization committee = em.find(Organization.class, first.committeeId());
    write(committee, Post.work(words.word("duty.company.work")), words, "duty.company", group);
    Organization branch = em.find(Organization.class, first.productionBranchIds().get(0));
    Member adjusted =
        em.createQuery(
                "SELECT m FROM PartyMember m WHERE m.organization = :o ORDER BY m.id", Member.class)
            .setParameter("o", branch)
            .setMaxResults(4)
            .getResultList()
            .get(3);
    duties.store(
        new MemberDuty(
            adjusted.getId(),
            Post.membership(),
            new DutyText(words.word("duty.adjusted.duties"), words.word("duty.member.rights")),
            "demo",
            group.at()));
  }

  private void write(Organization owner, Post post, Vocabulary words, String key, DemoGroup g) {
    String rights = key + ".rights";
    duties.store(
        new DutyTemplate(
            owner,
            post,
            new DutyText(
                words.word(key + ".duties"), words.has(rights) ? words.word(rights) : null),
            "demo",
            g.at()));
  }
}
