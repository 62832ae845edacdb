package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.domain.recruitment.training.Enrolment;
import cn.dangjian.domain.recruitment.training.TrainingClass;
import cn.dangjian.domain.recruitment.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public Optional<TrainingClass> find(Long id) {
    return Optional.ofNullable(id == null ? null : em.find(TrainingClass.class, id));
  }

  @Override
  public List<TrainingClass> classes(int year) {
    // sessions, enrolments and their cases in one query each, not one per class
    return em.createQuery(
            "SELECT c FROM TrainingClass c JOIN FETCH c.organization WHERE c.year = :y"
                + " ORDER BY c.startsOn, c.id",
            TrainingClass.class)
        .setParameter("y", year)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.sessions")
        .setHint("eclipselink.batch", "c.enrolments")
        .setHint("eclipselink.batch", "c.enrolments.recruitmentCase")
        .getResultList();
  }

  @Override
  public List<Enrolment> certificates(Long caseId, Audience audience) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.recruitmentCase.id = :c AND e.trainingClass.audience = :a"
                + " AND e.certificateNo IS NOT NULL ORDER BY e.certifiedOn, e.id",
            Enrolment.class)
        .setParameter("c", caseId)
        .setParameter("a", audience)
        .getResultList();
  }

  @Override
  public List<Enrolment> enrolmentsOf(Long caseId) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.recruitmentCase.id = :c ORDER BY e.id",
            Enrolment.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public void store(TrainingClass c) {
    em.persist(c);
  }
}
