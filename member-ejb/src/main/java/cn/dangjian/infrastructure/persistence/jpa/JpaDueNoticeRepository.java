package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.DueNotice;
import cn.dangjian.domain.recruitment.DueNoticeKind;
import cn.dangjian.domain.recruitment.DueNoticeRead;
import cn.dangjian.domain.recruitment.DueNoticeRepository;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaDueNoticeRepository implements DueNoticeRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Set<String> keysOfOpenCases() {
    Set<String> keys = new HashSet<>();
    em.createQuery(
            "SELECT n.caseId, n.step, n.dueOn, n.kind FROM DueNotice n WHERE n.caseId IN"
                + " (SELECT c.id FROM RecruitmentCase c WHERE c.status = :open)",
            Object[].class)
        .setParameter("open", CaseStatus.OPEN)
        .getResultList()
        .forEach(
            r ->
                keys.add(
                    DueNotice.key(
                        (Long) r[0], (Step) r[1], (LocalDate) r[2], (DueNoticeKind) r[3])));
    return keys;
  }

  @Override
  public List<DueNotice> unresolved() {
    return em.createQuery("SELECT n FROM DueNotice n WHERE n.resolvedOn IS NULL", DueNotice.class)
        .getResultList();
  }

  @Override
  public List<DueNotice> ofCase(Long caseId) {
    return em.createQuery("SELECT n FROM DueNotice n WHERE n.caseId = :c", DueNotice.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public List<DueNotice> visible(Scope scope, int max) {
    ScopePredicate p = new ScopePredicate(scope, "n.orgPath", null);
    TypedQuery<DueNotice> q =
        em.createQuery(
            "SELECT n FROM DueNotice n JOIN FETCH n.addressee WHERE n.resolvedOn IS NULL AND "
                + inScope(scope, p)
                + " ORDER BY n.kind DESC, n.dueOn, n.id",
            DueNotice.class);
    p.bind(q);
    return q.setMaxResults(max).getResultList();
  }

  /**
   * Addressed inside the scope, or about a case inside it: a branch sees what its committee owes
   * its applicants, as the board shows it. Both predicates bind the same scope parameters.
   */
  private static String inScope(Scope scope, ScopePredicate addressee) {
    return "("
        + addressee.jpql()
        + " OR n.caseId IN (SELECT c.id FROM RecruitmentCase c WHERE "
        + new ScopePredicate(scope, "c.orgPath", null).jpql()
        + "))";
  }

  @Override
  public Set<Long> readBy(String user, Collection<Long> noticeIds) {
    if (noticeIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT r.noticeId FROM DueNoticeRead r WHERE r.userName = :u AND r.noticeId IN :ids",
                Long.class)
            .setParameter("u", user)
            .setParameter("ids", noticeIds)
            .getResultList());
  }

  @Override
  public long unread(Scope scope, String user) {
    ScopePredicate p = new ScopePredicate(scope, "n.orgPath", null);
    TypedQuery<Long> q =
        em.createQuery(
            "SELECT COUNT(n) FROM DueNotice n WHERE n.resolvedOn IS NULL AND "
                + inScope(scope, p)
                + " AND NOT EXISTS (SELECT r FROM DueNoticeRead r WHERE r.noticeId = n.id AND r.userName = :u)",
            Long.class);
    p.bind(q);
    return q.setParameter("u", user).getSingleResult();
  }

  @Override
  public void markRead(String user, Long noticeId, Instant at) {
    if (em.find(DueNoticeRead.class, new DueNoticeRead.Key(noticeId, user)) == null) {
      em.persist(new DueNoticeRead(noticeId, user, at));
    }
  }

  @Override
  public void store(DueNotice n) {
    em.persist(n);
  }
}
