package cn.dangjian.demo;

import cn.dangjian.domain.appraisal.Appraisal;
import cn.dangjian.domain.appraisal.AppraisalEntry;
import cn.dangjian.domain.appraisal.AppraisalRepository;
import cn.dangjian.domain.appraisal.Appraised;
import cn.dangjian.domain.appraisal.Grade;
import cn.dangjian.domain.appraisal.PeerReview;
import cn.dangjian.domain.org.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's appraisal under way in company 1's third production branch (not the demo accounts'
 * own, which a secretary may open themselves): self-assessments written, a peer review, paper
 * ballots entered, ready for the committee to count and decide.
 */
@ApplicationScoped
public class AppraisalDemo implements DemoContributor {
  private static final int SELF = 3;
  private static final int BALLOTS = 3;

  @Inject AppraisalRepository appraisals;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void contribute(DemoGroup group) {
    List<Long> branches = group.companies().get(0).productionBranchIds();
    if (branches.size() < 3) {
      return;
    }
    Organization branch = em.find(Organization.class, branches.get(2));
    List<Appraised> members = appraisals.fullMembers(branch.getPath());
    if (members.size() <= SELF) {
      return;
    }
    Vocabulary words = Vocabulary.load();
    Appraisal a = new Appraisal(branch, group.today().getYear(), members, group.today(), "demo");
    appraisals.store(a);
    List<AppraisalEntry> entries = a.getEntries();
    for (int i = 0; i < SELF; i++) {
      a.assess(entries.get(i), words.word("appraisal.self." + (i + 1)), "demo", group.today());
    }
    PeerReview review =
        new PeerReview(
            entries.get(0), entries.get(1).getMemberId(), entries.get(1).getMemberName());
    review.write(words.word("appraisal.review"), group.today());
    appraisals.store(review);
    em.flush();
    for (int b = 0; b < BALLOTS; b++) {
      Map<Long, Grade> ballot = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        ballot.put(
            entries.get(i).getMemberId(), (i + b) % 4 == 0 ? Grade.EXCELLENT : Grade.QUALIFIED);
      }
      appraisals.count(a.getId(), ballot, false);
    }
  }
}
