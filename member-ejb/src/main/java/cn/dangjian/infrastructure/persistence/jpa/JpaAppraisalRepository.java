package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.appraisal.Appraisal;
import cn.dangjian.domain.appraisal.AppraisalEntry;
import cn.dangjian.domain.appraisal.AppraisalRepository;
import cn.dangjian.domain.appraisal.AppraisalStage;
import cn.dangjian.domain.appraisal.Appraised;
import cn.dangjian.domain.appraisal.Ballot;
import cn.dangjian.domain.appraisal.Grade;
import cn.dangjian.domain.appraisal.PeerReview;
import cn.dangjian.domain.member.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAppraisalRepository implements AppraisalRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  public void store(Appraisal a) {
    em.persist(a);
  }

  @Override
  public Optional<Appraisal> of(Long organizationId, int year) {
    return em.createQuery(
            "SELECT a FROM Appraisal a WHERE a.organization.id = :o AND a.year = :y",
            Appraisal.class)
        .setParameter("o", organizationId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Appraisal> under(String path, int year) {
    return em.createQuery(
            "SELECT a FROM Appraisal a WHERE a.orgPath LIKE :p AND a.year = :y ORDER BY a.orgPath",
            Appraisal.class)
        .setParameter("p", path + "%")
        .setParameter("y", year)
        .getResultList();
  }

  @Override
  public List<Appraisal> takingPart(Long memberId) {
    return em.createQuery(
            "SELECT e.appraisal FROM AppraisalEntry e WHERE e.memberId = :m"
                + " ORDER BY e.appraisal.year DESC",
            Appraisal.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  @Override
  public List<Appraised> fullMembers(String path) {
    return em
        .createQuery(
            "SELECT m.id, m.name FROM PartyMember m WHERE m.orgPath LIKE :p"
                + " AND m.category = :c AND m.leftOn IS NULL ORDER BY m.name, m.id",
            Object[].class)
        .setParameter("p", path + "%")
        .setParameter("c", Category.FULL)
        .getResultList()
        .stream()
        .map(r -> new Appraised((Long) r[0], (String) r[1]))
        .toList();
  }

  @Override
  public boolean voted(Long appraisalId, Long voterId) {
    return em.find(Ballot.class, new Ballot.Key(appraisalId, voterId)) != null;
  }

  @Override
  public void store(Ballot b) {
    em.persist(b);
  }

  @Override
  public boolean count(Long appraisalId, Map<Long, Grade> grades, boolean online) {
    String cast = online ? "onlineBallots" : "paperBallots";
    int taken =
        em.createQuery(
                "UPDATE Appraisal a SET a."
                    + cast
                    + " = a."
                    + cast
                    + " + 1 WHERE a.id = :a AND a.stage = :open"
                    + " AND a.paperBallots + a.onlineBallots < a.members")
            .setParameter("a", appraisalId)
            .setParameter("open", AppraisalStage.OPEN)
            .executeUpdate();
    if (taken == 0) {
      return false;
    }
    Map<Grade, List<Long>> byGrade =
        grades.entrySet().stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getValue,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    byGrade.forEach(
        (grade, members) -> {
          String f = AppraisalEntry.votesField(grade);
          em.createQuery(
                  "UPDATE AppraisalEntry e SET e."
                      + f
                      + " = e."
                      + f
                      + " + 1 WHERE e.appraisal.id = :a AND e.memberId IN :m")
              .setParameter("a", appraisalId)
              .setParameter("m", members)
              .executeUpdate();
        });
    return true;
  }

  @Override
  public Optional<PeerReview> review(Long entryId, Long reviewerId) {
    return em.createQuery(
            "SELECT r FROM PeerReview r WHERE r.entry.id = :e AND r.reviewerId = :r",
            PeerReview.class)
        .setParameter("e", entryId)
        .setParameter("r", reviewerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(PeerReview r) {
    em.persist(r);
  }

  @Override
  public Map<Long, List<PeerReview>> reviews(List<Long> entryIds) {
    if (entryIds.isEmpty()) {
      return Map.of();
    }
    List<PeerReview> found = new ArrayList<>();
    for (int i = 0; i < entryIds.size(); i += 500) {
      found.addAll(
          em.createQuery(
                  "SELECT r FROM PeerReview r WHERE r.entry.id IN :e ORDER BY r.writtenOn, r.id",
                  PeerReview.class)
              .setParameter("e", entryIds.subList(i, Math.min(entryIds.size(), i + 500)))
              .getResultList());
    }
    return found.stream().collect(Collectors.groupingBy(r -> r.getEntry().getId()));
  }
}
